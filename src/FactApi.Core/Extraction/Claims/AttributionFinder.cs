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

    /// <summary>Spans local to <paramref name="text"/>, the sentence at <paramref name="offset"/> of the article; a
    /// content may start before the sentence (negative) when it is a quotation opened earlier.</summary>
    public static List<(TextSpan Source, TextSpan Cue, TextSpan Content)> Find(string document, string text, int offset, QuoteMap quotes)
    {
        var words = CueFinder.Words(text);
        var found = new List<(TextSpan Source, TextSpan Cue, TextSpan Content)>();
        foreach (var (cue, kind) in CueFinder.Find(text, words))
        {
            if (quotes.Inside(cue.Start + offset))
            {
                continue;
            }

            var at = words.FindIndex(w => w.Start >= cue.Start);
            var last = words.FindLastIndex(w => w.End <= cue.End);
            var attribution = kind == "source" ? According(document, offset, text, words, last, cue) : Verb(document, offset, text, words, at, last, cue);
            if (attribution is { } a && a.Source.Length > 0)
            {
                a.Content = WholeQuote(document, offset, quotes, a.Content);
                if (a.Content.Length <= 2)
                {
                    continue;
                }

                found.Add(a);
            }
        }

        // "The council said the road would open, and the police said it would not": a content after its cue stops
        // where the next attribution's speaker begins.
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var (content, next) = (found[i].Content, found[i + 1].Source);
            if (content.Start < found[i].Cue.Start || next.Start <= content.Start || next.Start >= content.End)
            {
                continue;
            }

            var before = text[content.Start..next.Start].TrimEnd();
            if ((before.EndsWith(", and", StringComparison.Ordinal) || before.EndsWith(", but", StringComparison.Ordinal) || before.EndsWith(';')))
            {
                // Only a new coordinated clause ends the content; "said the police said ..." nests, as PolNeAR marks it.
                var cut = EndTrimmed(text, new TextSpan(content.Start, next.Start));
                cut = DropTrailingWord(text, cut, "and", "but");
                found[i] = (found[i].Source, found[i].Cue, cut);
            }
        }

        return found;
    }

    private static TextSpan DropTrailingWord(string text, TextSpan span, params string[] endings)
    {
        foreach (var ending in endings)
        {
            if (span.Length > ending.Length + 1 && text.AsSpan(span.Start, span.Length).EndsWith(" " + ending, StringComparison.Ordinal))
            {
                return EndTrimmed(text, new TextSpan(span.Start, span.End - ending.Length));
            }
        }

        return span;
    }

    private static (TextSpan Source, TextSpan Cue, TextSpan Content)? Verb(string document, int offset, string text, List<TextSpan> words, int first, int last, TextSpan cue)
    {
        var before = first > 0 && Parenthetical(text, words[first - 1].End, cue.Start) ? PhraseBackward(text, words, first - 1) : null;
        var rest = Trimmed(text, cue.End, text.Length);
        var endsHere = rest.Length == 0 || text[rest.Start] is '.' or ';' or ')' || (text[rest.Start] == ',' && !OpensQuote(text, rest.Start + 1));
        var introduces = !endsHere && (OpensQuote(text, rest.Start) || text[rest.Start] is ':' or ',' || StartsWithWord(text, rest.Start, "that"));
        if (before is { } speaker)
        {
            if (!introduces && Boundary(document, offset, speaker.Start) is { } end)
            {
                return (speaker, cue, ContentBefore(text, end));
            }

            return endsHere ? null : (speaker, cue, ContentAfter(text, words, last + 1));
        }

        // "..., said Peskov." / "..., said the spokesman, adding ...": the speaker follows the cue.
        if (PhraseForward(text, words, last + 1, cue.End) is { } after && Boundary(document, offset, cue.Start) is { } stop)
        {
            return (after, cue, ContentBefore(text, stop));
        }

        // "The mayor toured the dock and said ...": the second verb shares the subject that opens the sentence.
        // A dateline ("SANTIAGO, Nov 12 (Wire) -") is not part of that subject.
        var datelineEnd = Datelines.LengthAt(text, 0, text.Length);
        var opening = Math.Max(0, words.FindIndex(w => w.Start >= datelineEnd));
        if (!endsHere && first > opening + 1 && text[words[first - 1].Start..words[first - 1].End] == "and"
            && PhraseForward(text, words, opening, words[opening].Start) is { } subject && subject.End < words[first - 1].Start)
        {
            return (subject, cue, ContentAfter(text, words, last + 1));
        }

        // "Jo Ruiz, a professor at the state university, said ...": the speaker is the phrase before the appositive.
        if (Appositive(text, words, first) is { } named)
        {
            if (!introduces && Boundary(document, offset, named.Start) is { } end)
            {
                return (named, cue, ContentBefore(text, end));
            }

            return endsHere ? null : (named, cue, ContentAfter(text, words, last + 1));
        }

        return null;
    }

    private static TextSpan? Appositive(string text, List<TextSpan> words, int first)
    {
        if (first < 2 || text[words[first - 1].End..words[first].Start].Trim() != ",")
        {
            return null;
        }

        for (var k = first - 2; k >= 0 && first - k <= 16; k--)
        {
            var gap = text[words[k].End..words[k + 1].Start].Trim();
            if (gap == ",")
            {
                return PhraseBackward(text, words, k);
            }

            if (gap.Length > 0 && !Parenthetical(text, words[k].End, words[k + 1].Start))
            {
                return null;
            }
        }

        return null;
    }

    private static (TextSpan Source, TextSpan Cue, TextSpan Content)? According(string document, int offset, string text, List<TextSpan> words, int last, TextSpan cue)
    {
        if (PhraseForward(text, words, last + 1, cue.End) is not { } source)
        {
            return null;
        }

        if (Boundary(document, offset, cue.Start) is { } stop)
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
            if (Stops.ContainsKey(text[words[k].Start..words[k].End]) || (k < index && !Parenthetical(text, words[k].End, words[k + 1].Start)))
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
    private static int? Boundary(string document, int offset, int at)
    {
        var k = at - 1 + offset;
        while (k >= 0 && char.IsWhiteSpace(document[k]))
        {
            k--;
        }

        if (k <= 0)
        {
            return null;
        }

        // A speaker opening the sentence after a quotation that ends the previous one: "“... votes?” Trump said."
        if (k < offset)
        {
            return document[k] is '"' or '\u201D' ? k + 1 - offset : null;
        }

        return document[k] switch
        {
            ',' or '\u2014' or '-' => k - offset,
            '"' or '\u201D' or '\'' => k + 1 - offset,
            _ => null,
        };
    }

    private static TextSpan ContentBefore(string text, int end)
    {
        if (end <= 0)
        {
            // Only the closing mark lies here; WholeQuote widens it to the quotation.
            return new TextSpan(end - 1, end);
        }

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

    /// <summary>Space, or the brackets of "Sen. Lindsey Graham (R-S.C.) said": part of one speaker phrase.</summary>
    private static bool Parenthetical(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(text[k]) && text[k] is not ('(' or ')' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OpensQuote(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at < text.Length && text[at] is '"' or '\u201C';
    }

    private static bool StartsWithWord(string text, int at, string word) =>
        text.AsSpan(at).StartsWith(word, StringComparison.Ordinal) && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]));

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D';

    /// <summary>A content ending with a closing quotation mark starts at its opening mark, even sentences before.</summary>
    private static TextSpan WholeQuote(string document, int offset, QuoteMap quotes, TextSpan content) =>
        content.Length > 0 && document[content.End - 1 + offset] is '"' or '\u201D' && quotes.OpeningOf(content.End - 1 + offset) is { } open && open - offset < content.Start
            ? new TextSpan(open - offset, content.End)
            : content;
}
