using FactApi.Core.Model;

namespace FactApi.Core.Answering;

/// <summary>Everything the answerer may answer from, already in memory: it reads nothing else.</summary>
public sealed record FactSnapshot(IReadOnlyList<Actor> Actors, IReadOnlyList<Event> Events, IReadOnlyList<Claim> Claims, IReadOnlyList<Dispute> Disputes);
