using System.Text.RegularExpressions;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// An office told by a relative clause after the name: "Sabine Kral, who heads Brenner's works council," is head of
/// Brenner's works council; "Dr. Ramon Estrada, who heads the Philippine Coalition for Health Accountability," is head
/// of that coalition, and the coalition owns the office when it is an actor. The verbs are data (heading-verbs.txt).
/// </summary>
public sealed partial class RoleFinder
{
    private static readonly IReadOnlyDictionary<string, string> HeadingVerbs = Lexicon.Load("Actors.Resources.heading-verbs.txt");

    private static readonly Regex WhoHeadsPattern = new(
        @"^\s*,\s*who\s+(?:also\s+|now\s+)?(?<verb>" + string.Join('|', HeadingVerbs.Keys.Select(Regex.Escape)) + @")\s+(?<what>[^,;:.()""“”]{3,80}?)\s*(?=[,;.]|\s+and\s|$)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static (string Title, string? Of)? WhoHeads(string after, int offset, IReadOnlyList<ActorMention> mentions)
    {
        var match = WhoHeadsPattern.Match(after);
        if (!match.Success)
        {
            return null;
        }

        var what = match.Groups["what"];
        var (start, end) = (offset + what.Index, offset + what.Index + what.Length);
        var of = OwnerWithin(mentions, start, end);
        return ($"{HeadingVerbs[match.Groups["verb"].Value]} of {what.Value}", of);
    }

    // ", a marine biologist who became the cooperative's president in 2024,": an office a relative clause says the
    // person took or holds, after an apposition of up to 80 characters. "until" or "former" after it would make it past.
    private static readonly Regex WhoBecamePattern = new(
        @"^\s*,[^.;:""“”]{0,80}?\bwho\s+(?:also\s+|now\s+|later\s+)?(?:became|becomes|is|has\s+been|serves\s+as|took\s+over\s+as|was\s+(?:named|appointed|elected|made)(?:\s+as)?)\s+(?:the\s+)?(?<what>[^,;:.()""“”]{3,60}?)\s*(?=[,;.]|\s+(?:in|since|after|last|this|and|on)\s|$)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex OwnedOffice = new(@"^(?<owner>[\w-]+(?:'s|’s))\s+(?<title>.+)$|^(?<title>.+?)\s+(?:of|at|for)\s+(?:the\s+)?(?<org>.+)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private (string Title, string? Of)? WhoBecame(string after, int offset, IReadOnlyList<ActorMention> mentions)
    {
        var match = WhoBecamePattern.Match(after);
        if (!match.Success)
        {
            return null;
        }

        var what = match.Groups["what"];
        if (OwnedOffice.Match(what.Value) is { Success: true } owned && titles.Find(owned.Groups["title"].Value) is not null)
        {
            // "the cooperative's president" stays whole for the owner nouns; "president of the Harbour Union" is the union's.
            var (start, end) = (offset + what.Index, offset + what.Index + what.Length);
            var of = OwnerWithin(mentions, start, end);
            return owned.Groups["owner"].Success || of is null ? (what.Value, of) : (owned.Groups["title"].Value, of);
        }

        return titles.Find(what.Value) is not null ? (what.Value, null) : null;
    }

    /// <summary>The organisation or country named within [<paramref name="start"/>, <paramref name="end"/>), which owns the office said there.</summary>
    private static string? OwnerWithin(IReadOnlyList<ActorMention> mentions, int start, int end) =>
        mentions.FirstOrDefault(m => m.Start >= start && m.End <= end && m.Kind is Model.ActorKind.Organization or Model.ActorKind.Country)?.ActorId;
}
