using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// A quotation that follows a speaker's quoted words with no cue of its own goes on with that speaker, as news
/// writes it ("“This is a sad day,” said Rep. Ann Roe. “He has no proof. He never had.”"; PolNeAR marks it as more
/// of the same content). It becomes a claim of the same speaker and cue, citing the sentences from the first
/// quotation to its end. Only a quotation opening the very next sentence counts, and only when no attribution
/// (its source, cue or content) lies in it and one speaker alone is quoted before it; it may in turn be continued.
/// </summary>
internal static class ContinuedQuotes
{
    public static IEnumerable<Claim> Find(ExtractionInput input, IReadOnlyList<SentenceView> sentences, IReadOnlyList<Attribution> attributions, IReadOnlyList<Claim> claims, QuoteMap quotes, NoiseLines noise)
    {
        var text = input.Text;
        // Two speakers quoted in the sentence before: whose words go on is not known.
        var direct = claims.Where(c => c.Form == QuoteForm.Direct).GroupBy(c => c.Evidence.End)
            .Where(g => g.Select(c => c.Speaker.ActorId ?? c.Speaker.Text).Distinct(StringComparer.Ordinal).Count() == 1)
            .Select(g => g.First());
        foreach (var said in direct)
        {
            var claim = said;
            while (Next(text, sentences, claim.Evidence.End, quotes) is var (open, close) && open >= 0
                && !noise.Overlaps(open, close) && !attributions.Any(a => Touches(a, open, close)))
            {
                var (first, end) = quotes.Inner(open, close);
                var content = ClaimText.Clean(text[first..end]);
                if (content.Length < 3)
                {
                    break;
                }

                var from = claim.Evidence.Start;
                var to = sentences.FirstOrDefault(s => s.End > close)?.End ?? text.Length;
                var numbers = NumberExtractor.Find(content);
                var evidence = new Evidence(input.SourceId, input.Url, input.Title, input.PublishedAt, text[from..to], from, to);
                claim = new Claim(FactIds.Claim(input.SourceId, open, close + 1, content), claim.Speaker, claim.Cue, content, QuoteForm.Direct,
                    claim.SaidOn, ClaimTopics.Find(content, numbers), numbers, evidence);
                yield return claim;
            }
        }
    }

    /// <summary>The quotation that opens the sentence right after <paramref name="end"/>, or (-1, -1).</summary>
    private static (int Open, int Close) Next(string text, IReadOnlyList<SentenceView> sentences, int end, QuoteMap quotes)
    {
        var next = sentences.FirstOrDefault(s => s.Start >= end);
        if (next is null || text.AsSpan(end, next.Start - end).ContainsAnyExcept(" \t\r\n\u00A0"))
        {
            return (-1, -1);
        }

        var first = next.Start;
        while (first < next.End && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        return quotes.Around(first) is { } quotation && quotation.Open == first && quotation.Close > first + 1 ? quotation : (-1, -1);
    }

    private static bool Touches(Attribution a, int open, int close) =>
        Within(a.Cue, open, close) || Within(a.Source, open, close) || Within(a.Content, open, close);

    private static bool Within(TextSpan span, int open, int close) => span.Length > 0 && span.Start <= close && open <= span.End;
}
