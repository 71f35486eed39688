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
        ComplementOnly(text, WithoutFrontedObject(text, Datelines.Trim(text, source), mentions), cue);

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
