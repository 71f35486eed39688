using System.Text.RegularExpressions;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// Attributions that layout marks instead of a reporting verb: a quotation signed with a dash ("“...” ― Ana Ruiz")
/// and a transcript line ("WALLACE: Let's start ..."). The dash or colon is the cue, as PolNeAR marks it.
/// </summary>
internal static partial class LayoutAttributions
{
    public static IEnumerable<(TextSpan Source, TextSpan Cue, TextSpan Content)> Find(string text, QuoteMap quotes)
    {
        foreach (Match match in SignedQuote().Matches(text))
        {
            var close = match.Groups["close"].Index;
            if (quotes.OpeningOf(close) is { } open && close - open > 2)
            {
                yield return (Name(match.Groups["name"]), Span(match.Groups["cue"]), new TextSpan(open, close + 1));
            }
        }

        // A transcript has turns, and someone speaks twice: a lone capitalised label with a colon is a header
        // ("UPDATE:", a column's name), and a digest of stories opens each with a different dateline ("LONDON:").
        var turns = TranscriptLine().Matches(text).Where(m => !NoiseLines.IsFurniture(m.Groups["name"].Value + ":")).ToList();
        if (turns.Count < 2 || turns.GroupBy(m => m.Groups["name"].Value, StringComparer.Ordinal).All(g => g.Count() < 2))
        {
            yield break;
        }

        foreach (var match in turns)
        {
            var content = match.Groups["said"];
            yield return (Span(match.Groups["name"]), Span(match.Groups["cue"]), new TextSpan(content.Index, content.Index + content.Value.TrimEnd().Length));
        }
    }

    private static TextSpan Span(Group group) => new(group.Index, group.Index + group.Length);

    /// <summary>The name without the full stop after it ("Tomas Berg."), keeping an initial's ("Mary J.").</summary>
    private static TextSpan Name(Group name)
    {
        var value = name.Value;
        var lastWord = value[(value.LastIndexOf(' ') + 1)..];
        return value.EndsWith('.') && lastWord.Length > 2 ? new TextSpan(name.Index, name.Index + name.Length - 1) : Span(name);
    }

    // A closing quotation mark, a dash, and a name of one to four capitalised words (after the first, an initial may
    // stand alone: "Ana M Ruiz") ending the line or followed by punctuation or another quotation: the signature of a
    // pull quote. Web pages put no-break spaces around the dash and before the line break.
    [GeneratedRegex(@"(?<close>[\u201D""])[ \t\u00A0]*(?<cue>[\u2015\u2014\u2013]|--)[ \t\u00A0]*(?<name>\p{Lu}[\p{L}'\u2019.-]+(?:[ \t]+\p{Lu}[\p{L}'\u2019.-]*){0,3})(?=[ \t\u00A0]*(?:[\r\n,.;]|[\u201C""]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex SignedQuote();

    // A line opening with a speaker's name in capitals (optionally after a quotation mark), a colon, and what they
    // said up to the line's end. Capitals keep headers such as "Photo:" or "Update:" (page furniture) out.
    [GeneratedRegex(@"(?m)^[ \t]*[""\u201C]?(?<name>\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,2})(?<cue>:)[ \t]+(?<said>[^\r\n]{3,})(?=\r?$)", RegexOptions.CultureInvariant)]
    private static partial Regex TranscriptLine();
}
