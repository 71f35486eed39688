using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Claims;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Ingestion.Parsing;

namespace FactApi.Ingestion.Refresh;

/// <summary>
/// Fact-checkers' ClaimReview items become claims with their rating. Their text is one line per reviewed claim,
/// so each claim cites its own line like any other evidence sentence.
/// </summary>
internal static class ClaimReviewFacts
{
    public static FactSet Read(Source source, IReadOnlyList<ClaimReviewItem> items, IReadOnlyList<Actor> registry)
    {
        var linker = new ActorLinker(registry);
        var known = registry.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var text = new System.Text.StringBuilder();
        var claims = new List<Claim>();
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var author = item.ClaimAuthor ?? "unknown";
            var line = $"{author} claimed: {item.ClaimText}";
            var start = text.Length;
            text.Append(line).Append('\n');
            var mention = linker.Find(author, []).FirstOrDefault();
            var actor = mention is not null && known.TryGetValue(mention.ActorId, out var found)
                ? found with { Roles = [] }
                : new Actor(ActorIds.FromName(author), author, ActorKind.Organization, [], []);
            actors.TryAdd(actor.Id, actor);
            var evidence = new Evidence(source.Id, item.ReviewUrl?.AbsoluteUri ?? source.Url, source.Title, item.ReviewDate ?? source.PublishedAt, line, start, start + line.Length);
            var saidOn = item.ClaimDate is { } date ? TemporalValue.Of(date) : null;
            claims.Add(new Claim(FactIds.Claim(source.Id, start, start + line.Length, item.ClaimText), new Speaker(actor.Id, author), "claimed",
                item.ClaimText, QuoteForm.Indirect, saidOn, null, NumberExtractor.Find(item.ClaimText), evidence, item.Rating));
        }

        var ordered = actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        return new FactSet(source with { Counts = new FactCounts(ordered.Count, 0, claims.Count) }, ordered, [], claims, text.ToString());
    }
}
