namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// The spans of attributions in one sentence (offsets local to it): for each reporting cue, the speaker noun
/// phrase (before the cue, or right after it in "..., said Peskov") and the content (the clause after the cue,
/// or the quotation or clause before it in "..., she said."). PolNeAR conventions: the content keeps "that" and
/// its quotation marks but not the comma or full stop that closes the sentence.
/// </summary>
internal static class AttributionFinder
{
    private static readonly IReadOnlyDictionary<string, string> Stops = Lexicon.Load("Claims.Resources.speaker-stops.txt");
    private const int MaxSpeakerWords = 8;

    public static List<(TextSpan Source, TextSpan Cue, TextSpan Content)> Find(string text)
    {
        var words = CueFinder.Words(text);
        var found = new List<(TextSpan Source, TextSpan Cue, TextSpan Content)>();
        foreach (var (cue, kind) in CueFinder.Find(text, words))
        {
            if (IsInsideQuote(text, cue.Start))
            {
                continue;
            }

            var at = words.FindIndex(w => w.Start >= cue.Start);
            var last = words.FindLastIndex(w => w.End <= cue.End);
            var attribution = kind == "source" ? According(text, words, at, last, cue) : Verb(text, words, at, last, cue);
            if (attribution is { } a && a.Content.Length > 2 && a.Source.Length > 0)
            {
                found.Add(a);
            }
        }

        return found;
    }

    private static (TextSpan Source, TextSpan Cue, TextSpan Content)? Verb(string text, List<TextSpan> words, int first, int last, TextSpan cue)
    {
        var before = first > 0 && CueFinder.OnlySpace(text, words[first - 1].End, cue.Start) ? PhraseBackward(text, words, first - 1) : null;
        var rest = Trimmed(text, cue.End, text.Length);
        var endsHere = rest.Length == 0 || text[rest.Start] is ',' or '.' or ';' or ')';
        if (before is { } speaker)
        {
            if (endsHere && Boundary(text, speaker.Start) is { } end)
            {
                return (speaker, cue, ContentBefore(text, end));
            }

            return endsHere ? null : (speaker, cue, ContentAfter(text, words, last + 1));
        }

        // "..., said Peskov." / "..., said the spokesman, adding ...": the speaker follows the cue.
        if (PhraseForward(text, words, last + 1, cue.End) is { } after && Boundary(text, cue.Start) is { } stop)
        {
            return (after, cue, ContentBefore(text, stop));
        }

        return null;
    }

    private static (TextSpan Source, TextSpan Cue, TextSpan Content)? According(string text, List<TextSpan> words, int first, int last, TextSpan cue)
    {
        if (PhraseForward(text, words, last + 1, cue.End) is not { } source)
        {
            return null;
        }

        if (Boundary(text, cue.Start) is { } stop)
        {
            return (source, cue, ContentBefore(text, stop));
        }

        var comma = text.IndexOf(',', source.End);
        return comma < 0 ? null : (source, cue, Trimmed(text, comma + 1, text.Length) is var c && c.Length > 0 ? EndTrimmed(text, c) : c);
    }

    /// <summary>A noun phrase ending at word <paramref name="index"/>, walking back to a stop word or punctuation.</summary>
    private static TextSpan? PhraseBackward(string text, List<TextSpan> words, int index)
    {
        var start = -1;
        for (var k = index; k >= 0 && index - k < MaxSpeakerWords; k--)
        {
            if (Stops.ContainsKey(text[words[k].Start..words[k].End]) || (k < index && !CueFinder.OnlySpace(text, words[k].End, words[k + 1].Start)))
            {
                break;
            }

            start = k;
        }

        return start < 0 ? null : new TextSpan(words[start].Start, words[index].End);
    }

    /// <summary>A noun phrase starting at word <paramref name="index"/>, up to punctuation or a stop word.</summary>
    private static TextSpan? PhraseForward(string text, List<TextSpan> words, int index, int from)
    {
        if (index >= words.Count || !CueFinder.OnlySpace(text, from, words[index].Start))
        {
            return null;
        }

        var end = -1;
        for (var k = index; k < words.Count && k - index < MaxSpeakerWords; k++)
        {
            var word = text[words[k].Start..words[k].End];
            if ((k > index && !CueFinder.OnlySpace(text, words[k - 1].End, words[k].Start)) || (k > index ? Stops.ContainsKey(word) && word is not ("of" or "to" or "at" or "in") : Stops.ContainsKey(word)))
            {
                break;
            }

            end = k;
        }

        return end < 0 ? null : new TextSpan(words[index].Start, words[end].End);
    }

    /// <summary>Where the content before a speaker ends: at the comma (excluded) or closing quote (kept) before it.</summary>
    private static int? Boundary(string text, int at)
    {
        var k = at - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return k <= 0 ? null : text[k] switch
        {
            ',' or '\u2014' or '-' => k,
            '"' or '\u201D' or '\'' => k + 1,
            _ => null,
        };
    }

    private static TextSpan ContentBefore(string text, int end)
    {
        var span = Trimmed(text, 0, end);
        return span.Length > 0 && text[span.End - 1] == ',' && !IsQuote(text[span.Start]) ? new TextSpan(span.Start, span.End - 1) : span;
    }

    /// <summary>The clause after the cue: from "that" when the cue has an object first ("told CNN that ..."), else from the next word.</summary>
    private static TextSpan ContentAfter(string text, List<TextSpan> words, int index)
    {
        if (index >= words.Count)
        {
            return default;
        }

        var start = words[index].Start;
        for (var k = index; k < words.Count && k - index < 6; k++)
        {
            if (text[words[k].Start..words[k].End] == "that")
            {
                start = words[k].Start;
                break;
            }
        }

        var open = start - 1;
        while (open >= 0 && char.IsWhiteSpace(text[open]))
        {
            open--;
        }

        if (open >= 0 && text[open] is '"' or '\u201C')
        {
            start = open;
        }

        return EndTrimmed(text, new TextSpan(start, text.Length));
    }

    /// <summary>Drops trailing spaces and a closing full stop, comma or colon; a closing quote mark stays.</summary>
    private static TextSpan EndTrimmed(string text, TextSpan span)
    {
        var end = span.End;
        while (end > span.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':' or '?' or '!'))
        {
            end--;
        }

        return new TextSpan(span.Start, end);
    }

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D';

    private static bool IsInsideQuote(string text, int index)
    {
        var count = 0;
        for (var k = 0; k < index; k++)
        {
            count += text[k] is '"' or '\u201C' or '\u201D' ? 1 : 0;
        }

        return count % 2 == 1;
    }
}
