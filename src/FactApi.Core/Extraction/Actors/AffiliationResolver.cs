using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Turns the word before a title ("German", "Kremlin", "U.S.") into the id of the country or organisation the
/// office belongs to: a registry name or alias first, then a demonym from <c>Resources/demonyms.txt</c> whose
/// country name is looked up in the registry. Demonyms map to names, not ids, so the data stays registry-neutral.
/// </summary>
internal sealed class AffiliationResolver
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Demonyms = new(() => Lexicon.Load("Actors.Resources.demonyms.txt"));
    private readonly Dictionary<string, Actor> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> demonyms = new(StringComparer.Ordinal);

    public AffiliationResolver(IReadOnlyList<Actor> registry)
    {
        foreach (var actor in registry.Where(a => a.Kind != ActorKind.Person))
        {
            foreach (var name in actor.Names)
            {
                byName.TryAdd(SearchKey.Fold(name), actor);
            }
        }

        foreach (var (demonym, country) in Demonyms.Value)
        {
            demonyms[SearchKey.Fold(demonym)] = country;
        }
    }

    private static readonly Lazy<ILookup<string, string>> ByCountry = new(() => Demonyms.Value.ToLookup(d => d.Value, d => d.Key, StringComparer.Ordinal));

    /// <summary>The demonyms of a country as the data file names it ("Norway": "Norwegian").</summary>
    public static IEnumerable<string> DemonymsOf(string country) => ByCountry.Value[country];

    /// <summary>The demonyms as written in the data file (for building one alternation).</summary>
    public static IEnumerable<string> DemonymWords => Demonyms.Value.Keys;

    /// <summary>The registry country of a demonym, or null when the registry lacks it.</summary>
    public Actor? Country(string demonym) =>
        demonyms.TryGetValue(SearchKey.Fold(demonym), out var country) ? byName.GetValueOrDefault(SearchKey.Fold(country)) : null;

    /// <summary>
    /// The actor id a modifier stands for, or null. A demonym whose country the registry lacks still gets the
    /// country's slug, the id the country would have once curated.
    /// </summary>
    public string? Resolve(string modifier)
    {
        var key = SearchKey.Fold(StripPossessive(modifier.Trim()));
        if (key.Length == 0)
        {
            return null;
        }

        if (byName.TryGetValue(key, out var actor))
        {
            return actor.Id;
        }

        if (demonyms.TryGetValue(key, out var country))
        {
            return byName.TryGetValue(SearchKey.Fold(country), out var named) ? named.Id : ActorIds.FromName(country);
        }

        return null;
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('\'') || word.EndsWith('’') ? word[..^1]
        : word;
}
