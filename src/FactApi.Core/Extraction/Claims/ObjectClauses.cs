using FactApi.Core.Extraction.Actors;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// "..., a charge Gonzalez denied": a relative clause without "that" puts the object it is about before its subject,
/// and a speaker phrase read up to the cue takes the object along. When a few lower-case words after an article end
/// in a noun that names no person and a name follows to the cue, the speaker is the name ("the spokesman Ivan
/// Dal" stays whole: there the noun is the name's description).
/// </summary>
internal static class ObjectClauses
{
    private const int MaxObjectWords = 3;

    /// <summary>
    /// "According to press reports, Caridad Gonzalez, the oldest sister, was ...": the source of "according to" ends
    /// at the comma that closes the phrase; what follows is the clause it frames.
    /// </summary>
    public static TextSpan TrimAccording(string text, TextSpan span, TextSpan cue)
    {
        if (span.Start < cue.End || !text.AsSpan(cue.Start, cue.Length).Equals("according to", StringComparison.OrdinalIgnoreCase))
        {
            return span;
        }

        var comma = text.IndexOf(',', span.Start, span.Length);
        return comma > span.Start ? new TextSpan(span.Start, comma) : span;
    }

    public static TextSpan Trim(string text, TextSpan span, IReadOnlyList<ActorMention> mentions)
    {
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
            || !words.Skip(1).All(w => w.All(c => char.IsLower(c) || c == '-')) || RoleFinder.IsPersonHead(words[^1]))
        {
            return span;
        }

        return new TextSpan(name.Start, span.End);
    }
}
