using FactApi.Core.Model;

namespace FactApi.Functions.Http;

/// <summary>/actors/{id}: the actor with its latest claims and events.</summary>
public sealed record ActorProfile(Actor Actor, IReadOnlyList<Claim> LatestClaims, IReadOnlyList<Event> LatestEvents);
