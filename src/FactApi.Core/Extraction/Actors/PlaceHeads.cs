using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// People the name tagger found that are places by their last word (place-heads.txt): "Hallam Creek" is relabelled
/// a place before actors are linked, so that it neither speaks nor takes "she" from the person named before it.
/// </summary>
internal static class PlaceHeads
{
    private static readonly HashSet<string> Heads = EmbeddedData.DataLines("Actors.Resources.place-heads.txt").ToHashSet(StringComparer.Ordinal);

    public static void Relabel(string text, List<EntitySpan> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Label == "PER" && name.TokenCount > 1 && Heads.Contains(LastWord(text, name)))
            {
                names[i] = name with { Label = "LOC" };
            }
        }
    }

    private static string LastWord(string text, EntitySpan name)
    {
        var space = text.LastIndexOf(' ', name.End - 1, name.End - name.Start);
        return text[(space + 1)..name.End];
    }
}
