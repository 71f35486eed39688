using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// People the name tagger found that an apposition calls an organisation ("FlexHall, the budget gym chain, reported",
/// "Quimiver, a fertiliser maker owned by ..."): the head noun of ", the/a ... noun" after the name is an owner noun or
/// one of organisation-heads.txt. The name is relabelled an organisation wherever the text writes it, before actors are
/// linked, so that it neither speaks as a person nor takes "he" or "she".
/// </summary>
internal static partial class OrganisationAppositions
{
    private static readonly HashSet<string> Heads = EmbeddedData.DataLines("Actors.Resources.organisation-heads.txt")
        .Concat(OwnerNouns.Words).ToHashSet(StringComparer.Ordinal);

    public static void Relabel(string text, List<EntitySpan> names)
    {
        HashSet<string>? relabelled = null;
        foreach (var name in names)
        {
            if (name.Label == "PER" && name.End < text.Length && text[name.End] == ',' && HeadAfter(text, name.End) is { } head && Heads.Contains(head))
            {
                (relabelled ??= new(StringComparer.Ordinal)).Add(text[name.Start..name.End]);
            }
        }

        if (relabelled is null)
        {
            return;
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Label == "PER" && relabelled.Contains(text[names[i].Start..names[i].End]))
            {
                names[i] = names[i] with { Label = "ORG" };
            }
        }
    }

    /// <summary>The last word of ", the budget gym chain," after a name: the apposition's head, lower case.</summary>
    private static string? HeadAfter(string text, int at)
    {
        var match = Apposition().Match(text, at, Math.Min(120, text.Length - at));
        return match.Success ? match.Groups["head"].Value.ToLowerInvariant() : null;
    }

    // Up to four words (hyphens and digits allowed: "London-listed", "24-hour") before the head, none of them a preposition
    // ("the head of the board" is headed by "head"), which ends
    // the apposition at a comma, a full stop or a relative clause ("a fertiliser maker owned by").
    [GeneratedRegex(@"\G,\s+(?:the|a|an)\s+(?:(?!(?:of|at|for|in|on|to|with|from|by|and|or)\s)[\p{L}\p{N}'’-]+\s+){0,4}?(?<head>\p{Ll}[\p{Ll}-]+)(?=[,.;:]|\s+(?:that|which|based|owned|founded|headquartered|listed|whose)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Apposition();
}
