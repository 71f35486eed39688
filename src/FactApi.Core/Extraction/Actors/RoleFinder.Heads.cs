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
        var of = mentions.FirstOrDefault(m => m.Start >= start && m.End <= end && m.Kind is Model.ActorKind.Organization or Model.ActorKind.Country)?.ActorId;
        return ($"{HeadingVerbs[match.Groups["verb"].Value]} of {what.Value}", of);
    }
}
