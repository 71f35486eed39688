using System.Collections.Frozen;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Facts;
using FactApi.Core.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// The world's countries by every name in <c>Resources/countries.txt</c>, folded: a country the registry lacks is
/// still an actor of the news ("Iraq's invasion of Kuwait"), under the id its first name gives.
/// </summary>
internal static class Countries
{
    private static readonly Lazy<FrozenDictionary<string, string>> ByName = new(Load);
    private static readonly Lazy<FrozenDictionary<string, string>> ById = new(() =>
        ByName.Value.Values.Distinct(StringComparer.Ordinal).ToFrozenDictionary(ActorIds.FromName, n => n, StringComparer.Ordinal));

    /// <summary>The country's own name for a folded name or alias ("burma" gives "Myanmar"), or null.</summary>
    public static string? Named(string folded) => ByName.Value.GetValueOrDefault(folded);

    /// <summary>The name of the country an id was made from ("ivory-coast" gives "Ivory Coast"), or null.</summary>
    public static string? NameOf(string id) => ById.Value.GetValueOrDefault(id);

    private static FrozenDictionary<string, string> Load()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.DataLines("Actors.Resources.countries.txt"))
        {
            var fields = line.Split('\t');
            var name = fields[0].Trim();
            names.TryAdd(SearchKey.Fold(name), name);
            foreach (var alias in fields.Length > 1 ? fields[1].Split(',') : [])
            {
                names.TryAdd(SearchKey.Fold(alias.Trim()), name);
            }
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
