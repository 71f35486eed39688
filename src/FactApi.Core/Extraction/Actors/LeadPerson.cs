using System.Text.RegularExpressions;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// "A man who flew a drone close to Manchester Airport's runways ... has been jailed for 16 months." A story's lead
/// often tells of a person before naming them, and the next sentence names them ("Callum Rigby, 34, of Cheadle Hulme,
/// had pleaded guilty ..."). An indefinite person ("a man", "a 52-year-old teacher") that opens one of the story's
/// first sentences, which names no person, is the first person the text names after that sentence, if that is within
/// about two sentences. A sentence that opens "The 24-year-old ..." is about the first person the sentence before it
/// names.
/// </summary>
internal static partial class LeadPerson
{
    // The lead and the sentence or two after it: a person told of further on is more likely someone else.
    private const int LeadChars = 600;
    private const int NamedWithinChars = 400;

    public static List<ActorMention> Resolve(string text, List<ActorMention> mentions)
    {
        var people = mentions.Where(m => m.Kind == ActorKind.Person).ToList();
        if (people.Count == 0)
        {
            return mentions;
        }

        List<ActorMention>? added = null;

        // "Femke Hoogland of the Netherlands rode away ... The 24-year-old Rabo-Vesta rider attacked ...": a sentence that
        // opens by calling someone by age is about the first person the sentence before it names.
        foreach (Match match in Aged().Matches(text))
        {
            var previous = PreviousSentenceStart(text, match.Index);
            if (people.FirstOrDefault(p => p.Start >= previous && p.End <= match.Index) is { } named)
            {
                (added ??= []).Add(new ActorMention(match.Index, match.Index + match.Length, named.ActorId, match.Value, ActorKind.Person, named.IsKnown));
            }
        }

        foreach (Match match in Opening().Matches(text[..Math.Min(text.Length, LeadChars)]))
        {
            if (!RoleFinder.IsPersonHead(match.Groups["head"].Value.ToLowerInvariant()))
            {
                continue;
            }

            var sentenceEnd = SentenceEnd(text, match.Index + match.Length);
            if (people.Any(p => p.Start >= match.Index && p.Start < sentenceEnd))
            {
                continue;
            }

            if (people.FirstOrDefault(p => p.Start >= sentenceEnd) is { } named && named.Start - sentenceEnd <= NamedWithinChars)
            {
                (added ??= []).Add(new ActorMention(match.Index, match.Index + match.Length, named.ActorId, match.Value, ActorKind.Person, named.IsKnown));
            }
        }

        if (added is null)
        {
            return mentions;
        }

        var result = mentions.Concat(added).ToList();
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static int PreviousSentenceStart(string text, int sentenceStart)
    {
        var limit = Math.Max(0, sentenceStart - MaxPreviousChars);
        // Past the white space, closing quotation marks and full stop that end the sentence before.
        var i = sentenceStart - 1;
        while (i >= limit && (char.IsWhiteSpace(text[i]) || text[i] is '.' or '!' or '?' or '"' or '”' or '\''))
        {
            i--;
        }

        for (; i >= limit; i--)
        {
            if (text[i] is '.' or '!' or '?' or '\n' && char.IsWhiteSpace(text[i + 1]))
            {
                return i + 1;
            }
        }

        return limit;
    }

    private const int MaxPreviousChars = 400;

    private static int SentenceEnd(string text, int from)
    {
        var end = SentenceStop().Match(text, from);
        return end.Success ? end.Index + 1 : text.Length;
    }

    // "A man", "An 18-year-old student", "A retired teacher": at the start of a paragraph or after a full stop, up to
    // three words before the head noun, which "who", a comma or a verb of the passive or perfect follows.
    [GeneratedRegex(@"(?<=^|\n|[.!?]\s)An?\s+(?:[a-z][\w-]*\s+){0,3}?(?<head>[a-z]+)(?=\s+who\b|,|\s+(?:has|had|was|is|have)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    [GeneratedRegex(@"(?<=^|\n|[.!?]\s)The\s+\d{1,3}-year-old\b", RegexOptions.CultureInvariant)]
    private static partial Regex Aged();

    [GeneratedRegex(@"[.!?](?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceStop();
}
