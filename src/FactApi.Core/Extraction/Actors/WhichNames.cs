using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// "Coeur Vivant, which represents people with heart disease,": a name the tagger took for a person that the text goes on
/// to describe with "which" is a thing, not a person; news writes "who" of people. It is relabelled an organisation before
/// actors are linked, with every other span of the same words, so that it neither takes "he" nor gets a surname.
/// </summary>
internal static partial class WhichNames
{
    public static void Relabel(string text, List<EntitySpan> names)
    {
        HashSet<string>? things = null;
        foreach (var name in names)
        {
            if (name.Label == "PER" && WhichAfter().IsMatch(text.AsSpan(name.End, Math.Min(12, text.Length - name.End))))
            {
                (things ??= new(StringComparer.Ordinal)).Add(text[name.Start..name.End]);
            }
        }

        if (things is null)
        {
            return;
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Label == "PER" && things.Contains(text[names[i].Start..names[i].End]))
            {
                names[i] = names[i] with { Label = "ORG" };
            }
        }
    }

    [GeneratedRegex(@"^,\s+which\s", RegexOptions.CultureInvariant)]
    private static partial Regex WhichAfter();
}
