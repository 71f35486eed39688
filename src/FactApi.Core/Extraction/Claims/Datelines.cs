using System.Text.RegularExpressions;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// A wire story's dateline ("ADDIS ABABA, Ethiopia (AP)_", "WASHINGTON ―", "KYIV, Ukraine (Reuters) -", "(CNN) —", a live blog's "13:10 JST -") opens its
/// first sentence, and a speaker phrase read from the sentence's start takes it along: the speaker is what follows.
/// The place in it is where the story was filed, no actor; a line that is only a dateline is no headline.
/// </summary>
public static partial class Datelines
{
    /// <summary>How many characters of a dateline start at <paramref name="start"/> (0 for none), looking no further than <paramref name="end"/>.</summary>
    public static int LengthAt(string text, int start, int end)
    {
        if (end - start < 4 || !(char.IsUpper(text[start]) || text[start] == '(' || char.IsAsciiDigit(text[start])))
        {
            return 0;
        }

        var match = Dateline().Match(text, start, Math.Min(end, text.Length) - start);
        return match.Success ? match.Length : 0;
    }

    /// <summary>Whether the line is a dateline and nothing else ("MIAMI (AP) --").</summary>
    public static bool IsWhole(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && LengthAt(trimmed, 0, trimmed.Length) == trimmed.Length;
    }

    /// <summary>The span without a dateline at its start; the span itself when it has none or is nothing else.</summary>
    internal static TextSpan Trim(string text, TextSpan span)
    {
        var length = LengthAt(text, span.Start, span.End);
        return length > 0 && length < span.Length ? new TextSpan(span.Start + length, span.End) : span;
    }

    // A place in capitals, an optional country, state or date after a comma or two ("KYIV, Ukraine, May 11"), an optional agency in parentheses, then the
    // dash or underscore wire copy puts before the story.
    // A broadcaster's copy may carry the agency alone ("(CNN) —"), and a live blog's entry opens with its time ("13:10 JST -").
    [GeneratedRegex(@"^(?:\p{Lu}[\p{Lu} .'\u2019-]*\p{Lu}(?:,[ \u00A0]*\p{Lu}[\p{L}\p{N}.'\u2019 -]{1,30}?){0,2}[ \u00A0]*(?:\([\p{L}. ]{1,40}\))?|\(\p{Lu}[\p{L}. ]{1,19}\)|\d{1,2}[:.]\d\d(?:[ \u00A0]?[ap]\.?m\.?)?(?:[ \u00A0]\p{Lu}{2,5})?)[ \u00A0]*(?:_|\u2015|\u2014|\u2013|--|-)[ \u00A0]*", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
