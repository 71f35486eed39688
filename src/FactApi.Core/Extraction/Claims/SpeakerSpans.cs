using FactApi.Core.Extraction.Actors;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// A speaker phrase read up to its cue takes along words that are not the speaker: a wire dateline opening the story
/// (<see cref="Datelines"/>); the object a relative clause without "that" puts before its subject ("..., a charge
/// Gonzalez denied": when a few lower-case words after an article end in a noun that names no person and a name
/// follows to the cue, the speaker is the name; "the spokesman Ivan Dal" stays whole, the noun is his description);
/// and, after a cue whose complement is the speaker ("according to" in the cue lexicon), the clause it frames
/// ("According to press reports, Caridad Gonzalez, the oldest sister, was ...": the source ends at the comma).
/// </summary>
internal static class SpeakerSpans
{
    private const int MaxObjectWords = 3;

    public static TextSpan Trim(string text, TextSpan source, TextSpan cue, IReadOnlyList<ActorMention> mentions) =>
        ComplementOnly(text, OutOfRelativeClause(text, WithoutFrontedObject(text, Datelines.Trim(text, source), mentions), cue, mentions), cue);

    /// <summary>
    /// "Medecins Sans Frontieres (MSF), which runs two treatment centres in the city, said ...": a source that ends a
    /// relative clause right before its cue is the clause's end, not who spoke; the name the clause describes is.
    /// </summary>
    private static TextSpan OutOfRelativeClause(string text, TextSpan span, TextSpan cue, IReadOnlyList<ActorMention> mentions)
    {
        const int Reach = 200;
        if (span.Length == 0 || span.End > cue.Start || text.AsSpan(span.End, cue.Start - span.End).Trim() is not ("" or ",")
            || (text[span.End - 1] != ',' && text.AsSpan(span.End, cue.Start - span.End).IndexOf(',') < 0))
        {
            return span;
        }

        var from = Math.Max(0, span.Start - Reach);
        var window = text.AsSpan(from, span.Start - from);
        var relative = Math.Max(window.LastIndexOf(", which ", StringComparison.Ordinal), window.LastIndexOf(", who ", StringComparison.Ordinal));
        if (relative < 0 || window[(relative + 1)..].IndexOfAny(",.;:") >= 0)
        {
            return span;
        }

        var comma = from + relative;
        var described = mentions.FirstOrDefault(m => m.End == comma || (m.End < comma && Acronym.IsMatch(text.AsSpan(m.End, comma - m.End))));
        if (described is null)
        {
            return span;
        }

        // The tagger may leave a name's first word out at a sentence start ("Medecins" of "Medecins Sans Frontieres").
        var start = described.Start;
        while (start > 1 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]))
        {
            var wordStart = start - 2;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (!char.IsUpper(text[wordStart]))
            {
                break;
            }

            start = wordStart;
        }

        return new TextSpan(start, comma);
    }

    // " (MSF)" between a name and the comma that opens the clause about it.
    private static readonly System.Text.RegularExpressions.Regex Acronym = new(@"^\s\([A-Z]{2,6}\)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static TextSpan ComplementOnly(string text, TextSpan span, TextSpan cue)
    {
        if (span.Start < cue.End || CueFinder.KindOf(text.AsSpan(cue.Start, cue.Length)) != "source")
        {
            return span;
        }

        var comma = text.IndexOf(',', span.Start, span.Length);
        return comma > span.Start ? new TextSpan(span.Start, comma) : span;
    }

    private static TextSpan WithoutFrontedObject(string text, TextSpan span, IReadOnlyList<ActorMention> mentions)
    {
        // Most speakers start with neither "a" nor "the": they are spared the word split.
        if (span.Length < 6 || (text[span.Start] | 0x20) is not ('a' or 't'))
        {
            return span;
        }

        var name = mentions.FirstOrDefault(m => m.End == span.End && m.Start > span.Start);
        if (name is null)
        {
            return span;
        }

        var words = text[span.Start..name.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > MaxObjectWords + 1 || words[0].ToLowerInvariant() is not ("a" or "an" or "the")
            || !words.Skip(1).All(w => w.All(c => char.IsLower(c) || c == '-')) || RoleFinder.IsPersonHead(words[^1])
            || !Tagging.WordClasses.CanBeNoun(words[^1]))
        {
            return span;
        }

        return new TextSpan(name.Start, span.End);
    }
}
