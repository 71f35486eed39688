using FactApi.Core.Model;

namespace FactApi.Core.Facts;

/// <summary>Everything one source contributes: the unit that is written, replaced and counted together.</summary>
public sealed record FactSet(
    Source Source,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Claim> Claims);
