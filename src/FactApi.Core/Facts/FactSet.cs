using FactApi.Core.Model;

namespace FactApi.Core.Facts;

/// <summary>
/// Everything one source contributes: the unit that is written, replaced and counted together. <see cref="Text"/>
/// is the text the evidence offsets point into, kept so facts can be re-extracted without fetching again.
/// <see cref="Mentions"/> are where the text refers to each of its actors, when extraction produced them.
/// </summary>
public sealed record FactSet(
    Source Source,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Claim> Claims,
    string? Text = null,
    IReadOnlyList<Mention>? Mentions = null);
