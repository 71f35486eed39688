using FactApi.Core.Extraction.Actors;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// A topic says what is counted, not which story it is counted in: the deaths of a cyclone and the deaths of a
/// border clash are no dispute. So a topic read from an article carries the countries the article is about
/// ("deaths (Mozambique)", "ceasefire violations (Russia, Ukraine)"), and two speakers' counts meet in a dispute
/// only when their articles are about the same countries, in one article or in several.
/// </summary>
internal static class TopicScope
{
    /// <summary>The article's main countries (<see cref="MainParties"/>) by name, or null when it names no country.</summary>
    public static string? Of(IReadOnlyList<ActorMention> mentions, Func<string, string> nameOf) =>
        MainParties.Of(mentions, ActorKind.Country) is { Count: > 0 } countries
            ? string.Join(", ", countries.Select(nameOf).Order(StringComparer.Ordinal))
            : null;

    public static Claim Apply(Claim claim, string? scope) =>
        claim.Topic is null || scope is null ? claim : claim with { Topic = $"{claim.Topic} ({scope})" };
}
