using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// The actors an article is mostly about, by how often it names them: the countries its claims' topics are scoped to,
/// and the two parties "both sides" stands for.
/// </summary>
internal static class MainParties
{
    /// <summary>
    /// Of the actors of <paramref name="kinds"/>, the one named most often and a second named at least half as often
    /// (and twice): a story between two parties keeps both whichever it names more, a story about one leaves out the
    /// others it mentions in passing.
    /// </summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<ActorMention> mentions, params ActorKind[] kinds)
    {
        var ranked = mentions.Where(m => kinds.Contains(m.Kind))
            .GroupBy(m => m.ActorId, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Count: g.Count(), First: g.Min(m => m.Start)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.First)
            .Take(2)
            .ToList();
        return ranked.Count switch
        {
            0 => [],
            2 when ranked[1].Count >= Math.Max(2, (ranked[0].Count + 1) / 2) => [ranked[0].Id, ranked[1].Id],
            _ => [ranked[0].Id],
        };
    }
}
