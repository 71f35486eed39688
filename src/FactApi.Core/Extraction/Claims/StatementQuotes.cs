using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// "The chief executive, Mara Tull, read a prepared statement:" and then paragraphs of quotation: the quotation is
/// what she said. News sets such a statement off after a colon, each paragraph opening with a quotation mark and only
/// the last one closing it, so no sentence of it names its speaker and a quotation map of paired marks does not see
/// it. The claim of the colon's sentence takes the quotation as its content, in full and direct, citing the sentence
/// and the paragraphs; claims found inside the paragraphs (words of the statement read as someone else's saying) go.
/// </summary>
internal static class StatementQuotes
{
    /// <summary>The paragraphs a statement may run to: a press release's length, not a transcript's.</summary>
    private const int MaxParagraphs = 12;

    public static (List<Claim> Claims, List<(int Start, int End)> Blocks) Apply(ExtractionInput input, IReadOnlyList<Claim> claims)
    {
        var text = input.Text;
        var result = new List<Claim>(claims.Count);
        var blocks = new List<(int Colon, int Start, int End)>();
        foreach (var claim in claims)
        {
            if (blocks.Any(b => claim.Evidence.Start >= b.Start && claim.Evidence.Start < b.End))
            {
                continue;
            }

            // Only the attribution the colon ends: "Officials said 40 people had died, and the governor said in a
            // statement:" keeps the officials' claim, whose content lies before the colon.
            if (Colon(text, claim.Evidence.Start, claim.Evidence.End) is not { } colon || !IntroducedBy(text, claim, colon)
                || blocks.Any(b => b.Colon == colon) || Block(text, colon) is not var (start, end, paragraphs) || paragraphs.Count == 0)
            {
                result.Add(claim);
                continue;
            }

            var content = ClaimText.Clean(string.Join(' ', paragraphs.Select(p => Unquoted(text, p.Start, p.End))));
            var numbers = NumberExtractor.Find(content);
            var from = claim.Evidence.Start;
            var evidence = new Evidence(input.SourceId, input.Url, input.Title, input.PublishedAt, text[from..end], from, end);
            blocks.Add((colon, start, end));
            result.RemoveAll(c => c.Evidence.Start >= start && c.Evidence.Start < end);
            result.Add(claim with
            {
                Id = FactIds.Claim(input.SourceId, start, end, content),
                Cue = claim.Cue.TrimEnd(':', ' '),
                Content = content,
                Form = QuoteForm.Direct,
                Topic = ClaimTopics.Find(content, numbers),
                Numbers = numbers,
                Evidence = evidence,
            });
        }

        return (result, blocks.Select(b => (b.Start, b.End)).ToList());
    }

    /// <summary>The claim's cue ends with the colon, or its content (as the tagger read it) lies after it.</summary>
    private static bool IntroducedBy(string text, Claim claim, int colon) =>
        claim.Cue.EndsWith(':')
        || (claim.Content.Length > 0 && text.IndexOf(claim.Content, claim.Evidence.Start, claim.Evidence.End - claim.Evidence.Start, StringComparison.Ordinal) is var at && at > colon);

    /// <summary>
    /// A colon that ends a line of the sentence (the splitter may run the sentence on into the quotation's first
    /// sentence, since a colon ends none).
    /// </summary>
    private static int? Colon(string text, int start, int end)
    {
        for (var i = text.IndexOf(':', start, end - start); i >= 0; i = i + 1 < end ? text.IndexOf(':', i + 1, end - i - 1) : -1)
        {
            var next = i + 1;
            while (next < text.Length && text[next] is ' ' or '\t' or '\r')
            {
                next++;
            }

            if (next >= text.Length || text[next] == '\n')
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// The quoted paragraphs right after a line that ends in the colon at <paramref name="colon"/>: from the first that
    /// opens with a quotation mark, each next one that opens with one, through the first that closes.
    /// </summary>
    private static (int Start, int End, List<(int Start, int End)> Paragraphs)? Block(string text, int colon)
    {
        var at = colon + 1;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at >= text.Length || !Opens(text[at]))
        {
            return null;
        }

        var paragraphs = new List<(int Start, int End)>();
        var start = at;
        while (at < text.Length && Opens(text[at]) && paragraphs.Count < MaxParagraphs)
        {
            var lineEnd = text.IndexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var last = lineEnd - 1;
            while (last > at && char.IsWhiteSpace(text[last]))
            {
                last--;
            }

            // A mark inside the paragraph ("“We will win,” he said.") closes the quotation before its end: that is
            // a quotation with its own attribution, not a statement's paragraph.
            if (text.AsSpan(at + 1, Math.Max(0, last - at - 1)).IndexOfAny('"', '\u201C', '\u201D') >= 0)
            {
                return null;
            }

            paragraphs.Add((at, last + 1));
            if (Closes(text[last]))
            {
                return (start, last + 1, paragraphs);
            }

            at = lineEnd;
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }
        }

        // A quotation that never closes is no statement this rule can bound.
        return null;
    }

    private static string Unquoted(string text, int start, int end)
    {
        var from = start + 1;
        var to = Closes(text[end - 1]) && end - 1 > from ? end - 1 : end;
        return text[from..to].Trim();
    }

    private static bool Opens(char c) => c is '"' or '\u201C';

    private static bool Closes(char c) => c is '"' or '\u201D';
}
