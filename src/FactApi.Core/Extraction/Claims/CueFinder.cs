namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// Reporting cues in a sentence, longest phrase first ("said in a statement" before "said"), with the
/// auxiliaries and adverbs just before them ("has said", "also told") that belong to the cue.
/// </summary>
internal static class CueFinder
{
    private static readonly IReadOnlyDictionary<string, string> Cues = Lexicon.Load("Claims.Resources.cues.txt");
    private static readonly IReadOnlyDictionary<string, string> Auxiliaries = Lexicon.Load("Claims.Resources.cue-auxiliaries.txt");
    private static readonly IReadOnlyDictionary<string, string> Blockers = Lexicon.Load("Claims.Resources.cue-blockers.txt");
    private static readonly int LongestCue = Cues.Keys.Max(k => k.Count(c => c == ' ') + 1);

    public static List<(TextSpan Span, string Kind)> Find(string text, IReadOnlyList<TextSpan> words)
    {
        var found = new List<(TextSpan, string)>();
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = Math.Min(LongestCue, words.Count - i); n >= 1; n--)
            {
                var phrase = Phrase(text, words, i, n);
                if (phrase is null || !Cues.TryGetValue(phrase, out var kind) || IsNoun(text, words, i, kind))
                {
                    continue;
                }

                var first = i;
                while (kind == "verb" && first > 0 && Auxiliaries.ContainsKey(text[words[first - 1].Start..words[first - 1].End]) && OnlySpace(text, words[first - 1].End, words[first].Start))
                {
                    first--;
                }

                found.Add((new TextSpan(words[first].Start, words[i + n - 1].End), kind));
                i += n - 1;
                break;
            }
        }

        return found;
    }

    /// <summary>"the claims", "United States": a capitalised verb inside a sentence, or one after a determiner, names a thing.</summary>
    private static bool IsNoun(string text, IReadOnlyList<TextSpan> words, int i, string kind) =>
        kind == "verb" && i > 0 && (char.IsUpper(text[words[i].Start]) || Blockers.ContainsKey(text[words[i - 1].Start..words[i - 1].End]));

    /// <summary>The words i..i+n joined by single spaces, or null when punctuation separates them.</summary>
    private static string? Phrase(string text, IReadOnlyList<TextSpan> words, int i, int n)
    {
        for (var k = i + 1; k < i + n; k++)
        {
            if (!OnlySpace(text, words[k - 1].End, words[k].Start))
            {
                return null;
            }
        }

        return n == 1 ? text[words[i].Start..words[i].End] : string.Join(' ', Enumerable.Range(i, n).Select(k => text[words[k].Start..words[k].End]));
    }

    public static bool OnlySpace(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Word tokens: letters, digits, apostrophes, hyphens and abbreviation dots ("Mr.", "U.S.").</summary>
    public static List<TextSpan> Words(string text)
    {
        var words = new List<TextSpan>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (text[i] is '\'' or '\u2019' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])) || (text[i] == '.' && IsAbbreviationDot(text, start, i))))
            {
                i++;
            }

            words.Add(new TextSpan(start, i));
        }

        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '&';

    /// <summary>"Mr." "Sen." "U.S.": a dot after a short capitalised word, or inside initials.</summary>
    private static bool IsAbbreviationDot(string text, int start, int dot) =>
        char.IsUpper(text[start]) && dot - start <= 3 && (dot + 1 >= text.Length || text[dot + 1] == ' ' || char.IsLetter(text[dot + 1]))
        && (dot + 2 >= text.Length || !char.IsUpper(text[dot + 2]) || dot - start <= 1 || text[start..dot] is "Mr" or "Mrs" or "Ms" or "Dr" or "Sen" or "Rep" or "Gov" or "Gen" or "St");
}
