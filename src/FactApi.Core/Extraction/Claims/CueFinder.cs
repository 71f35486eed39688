namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// Reporting cues in a sentence, longest phrase first ("said in a statement" before "said"), with the
/// auxiliaries and adverbs just before them ("has said", "also told") that belong to the cue.
/// </summary>
internal static class CueFinder
{
    // Looked up by slices of the sentence: a string for every word (and every phrase of up to five) was most of
    // what extraction allocated.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Cues = Lexicon.LoadForSpans("Claims.Resources.cues.txt");
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Lexicon.LoadForSpans("Claims.Resources.cue-auxiliaries.txt");
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Blockers = Lexicon.LoadForSpans("Claims.Resources.cue-blockers.txt");

    /// <summary>The kind the cue lexicon gives a cue ("verb", "source"), or null when it lists no such cue.</summary>
    public static string? KindOf(ReadOnlySpan<char> cue) => Cues.TryGetValue(cue, out var kind) ? kind : null;

    // The most words of a cue starting with each word: nearly all words start none and are passed over at once.
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> FirstWords = Cues.Dictionary.Keys
        .GroupBy(k => k.Split(' ')[0], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Max(k => k.Count(c => c == ' ') + 1), StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestCueChars = Cues.Dictionary.Keys.Max(k => k.Length);

    public static List<(TextSpan Span, string Kind)> Find(string text, IReadOnlyList<TextSpan> words)
    {
        var found = new List<(TextSpan, string)>();
        Span<char> phrase = stackalloc char[LongestCueChars];
        for (var i = 0; i < words.Count; i++)
        {
            if (!FirstWords.TryGetValue(Word(text, words[i]), out var longest))
            {
                continue;
            }

            for (var n = Math.Min(longest, words.Count - i); n >= 1; n--)
            {
                if (Phrase(text, words, i, n, phrase) is not { } length || !Cues.TryGetValue(phrase[..length], out var kind) || IsNoun(text, words, i, kind))
                {
                    continue;
                }

                var first = i;
                while (kind == "verb" && first > 0 && Auxiliaries.ContainsKey(Word(text, words[first - 1])) && OnlySpace(text, words[first - 1].End, words[first].Start))
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
        kind == "verb" && i > 0 && (char.IsUpper(text[words[i].Start]) || Blockers.ContainsKey(Word(text, words[i - 1])));

    /// <summary>
    /// The words i..i+n joined by single spaces, written into <paramref name="buffer"/>: its length, or null when
    /// punctuation separates them or the phrase is longer than any cue.
    /// </summary>
    private static int? Phrase(string text, IReadOnlyList<TextSpan> words, int i, int n, Span<char> buffer)
    {
        var length = 0;
        for (var k = i; k < i + n; k++)
        {
            if (k > i && !OnlySpace(text, words[k - 1].End, words[k].Start))
            {
                return null;
            }

            var word = Word(text, words[k]);
            var separator = k > i ? 1 : 0;
            if (length + separator + word.Length > buffer.Length)
            {
                return null;
            }

            if (separator > 0)
            {
                buffer[length++] = ' ';
            }

            word.CopyTo(buffer[length..]);
            length += word.Length;
        }

        return length;
    }

    private static ReadOnlySpan<char> Word(string text, TextSpan word) => text.AsSpan(word.Start, word.Length);

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
