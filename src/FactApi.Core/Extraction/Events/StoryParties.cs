using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Events;

/// <summary>
/// The parties of a story, for events whose sentence does not name them. "Delegations from both sides will meet on
/// May 18", "the final agreement will be signed by the two countries' presidents" (phrases in both-sides.txt): the
/// event involves the two parties the article is about. "Talks between management and the works council are due to
/// begin next Tuesday" names no party at all: in a story about one company, it is that company's event.
/// </summary>
internal static class StoryParties
{
    private static readonly Regex Phrase = new(
        @"\b(?:" + string.Join('|', EmbeddedData.DataLines("Events.Resources.both-sides.txt").Select(p => Regex.Escape(p).Replace("\\ ", "\\s+", StringComparison.Ordinal))) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "Kenya and Uganda", "Congo's government and the rebel Alliance ...": two parties joined by "and", a possessive
    // noun after the first and a determiner or a word before the second allowed.
    private static readonly Regex Joined = new(@"^(?:['’]s\s+\p{L}+)?\s+and\s+(?:the\s+)?(?:\p{Ll}+\s+)?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The two parties "both sides" stands for: the first two the article joins by "and" in its lead or names again elsewhere
    /// (its lead usually does: "Kenya and Uganda have agreed ..."), else its two main parties (<see cref="MainParties"/>), which a third party
    /// named nearly as often makes a guess.
    /// </summary>
    public static IReadOnlyList<string> Parties(string text, IReadOnlyList<ActorMention> mentions)
    {
        var parties = mentions.Where(m => m.Kind is ActorKind.Country or ActorKind.Organization or ActorKind.Group).OrderBy(m => m.Start).ToList();
        var named = parties.CountBy(m => m.ActorId).ToDictionary(StringComparer.Ordinal);
        var lead = LeadEnd(text);
        for (var i = 0; i + 1 < parties.Count; i++)
        {
            var (first, second) = (parties[i], parties[i + 1]);
            // Parties joined once, after the lead ("Argentina and Brazil sent brigades"), are helpers in passing, not its sides.
            if (first.ActorId != second.ActorId && (first.Start < lead || (named[first.ActorId] > 1 && named[second.ActorId] > 1))
                && second.Start > first.End && second.Start - first.End < 40 && Joined.IsMatch(text.AsSpan(first.End, second.Start - first.End)))
            {
                return [first.ActorId, second.ActorId];
            }
        }

        return MainParties.Of(mentions, ActorKind.Country, ActorKind.Organization, ActorKind.Group);
    }

    /// <summary>Where the article's first sentence ends (roughly: its first full stop before a space).</summary>
    private static int LeadEnd(string text)
    {
        var end = LeadStop.Match(text);
        return end.Success ? end.Index : text.Length;
    }

    private static readonly Regex LeadStop = new(@"(?<=\p{Ll}{2}|\d)[.!?][""”’]?\s", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The story's organisations by the common noun their name ends in ("committee" for the Monetary Policy Committee),
    /// for the nouns only one of them ends in.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Heads(IReadOnlyList<ActorMention> mentions) =>
        mentions.Where(m => m.Kind == ActorKind.Organization && m.Text.Contains(' ', StringComparison.Ordinal))
            .Select(m => (Head: m.Text[(m.Text.LastIndexOf(' ') + 1)..].ToLowerInvariant(), m.ActorId))
            .Where(h => h.Head.Length > 2 && h.Head.All(char.IsLetter) && Claims.Tagging.WordClasses.CanBeNoun(h.Head))
            .DistinctBy(h => (h.Head, h.ActorId))
            .GroupBy(h => h.Head, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().ActorId, StringComparer.Ordinal);

    /// <summary>
    /// The event with the organisation its sentence calls by its head noun ("The committee's next meeting is scheduled
    /// for May 26"), and with the story's parties among its actors when its sentence names them only as both sides, or
    /// names no actor at all.
    /// </summary>
    public static Event Resolve(Event e, IReadOnlyList<string> parties, IReadOnlyDictionary<string, string> heads)
    {
        foreach (Match the in TheNoun.Matches(e.Evidence.Sentence))
        {
            if (heads.TryGetValue(the.Groups[1].Value.ToLowerInvariant(), out var id) && !e.Actors.Contains(id))
            {
                e = e with { Actors = [.. e.Actors, id] };
            }
        }

        return (parties.Count == 2 && Phrase.IsMatch(e.Evidence.Sentence)) || (e.Actors.Count == 0 && parties.Count > 0)
            ? e with { Actors = [.. e.Actors, .. parties.Where(p => !e.Actors.Contains(p))] }
            : e;
    }

    private static readonly Regex TheNoun = new(@"\b[Tt]he\s+(\p{Ll}+)(?:['’]s)?\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
