using System.Text.RegularExpressions;

namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// The stretches of a text where a windowed rule (<c>window=B,A</c>) can match: around each match of its gate,
/// from <c>B</c> words before the gate's first word to <c>A</c> words after its last, plus <see cref="Slack"/>
/// words each side, overlapping stretches merged. A word here is a run of non-white-space characters, because a
/// pattern's space is <c>\s+</c>. Running the rule only there finds exactly the matches a scan of the whole text
/// finds, when every match holds a gate match with at most B words before it and A after it: each stretch starts
/// and ends next to white space (or the text's ends), where <c>\b</c>, <c>(?!\w)</c> and look-arounds of up to
/// <see cref="Slack"/> words read the same as at the ends of the whole text; a match that starts in a stretch
/// lies inside it; and the text between stretches holds no match.
/// </summary>
internal static class RuleWindows
{
    /// <summary>Words added on each side, for look-arounds past the match (<c>(?! old\b)</c>).</summary>
    public const int Slack = 2;

    /// <summary>Appends the stretches (start, length) in text order to <paramref name="into"/>.</summary>
    public static void Find(Regex gate, string text, (int Before, int After) window, List<(int Start, int Length)> into)
    {
        var open = -1;
        var close = -1;
        for (var m = gate.Match(text); m.Success; m = m.NextMatch())
        {
            var start = WordsBack(text, m.Index, window.Before + Slack);
            var end = WordsForward(text, m.Index + m.Length, window.After + Slack);
            if (open >= 0 && start <= close)
            {
                close = Math.Max(close, end);
                continue;
            }

            if (open >= 0)
            {
                into.Add((open, close - open));
            }

            (open, close) = (start, end);
        }

        if (open >= 0)
        {
            into.Add((open, close - open));
        }
    }

    /// <summary>The pattern's matches in the stretches <see cref="Find"/> gave, in text order.</summary>
    public static IEnumerable<Match> Matches(Regex pattern, string text, List<(int Start, int Length)> stretches)
    {
        foreach (var (start, length) in stretches)
        {
            for (var m = pattern.Match(text, start, length); m.Success; m = m.NextMatch())
            {
                yield return m;
            }
        }
    }

    /// <summary>The start of the word <paramref name="words"/> words before the one holding <paramref name="at"/>.</summary>
    internal static int WordsBack(string text, int at, int words)
    {
        var i = at;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        for (var k = 0; k < words && i > 0; k++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }
        }

        return i;
    }

    /// <summary>The end of the word <paramref name="words"/> words after the one ending at or holding <paramref name="at"/>.</summary>
    internal static int WordsForward(string text, int at, int words)
    {
        var i = at;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        for (var k = 0; k < words && i < text.Length; k++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        return i;
    }
}
