using System.Collections.Frozen;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Text;

namespace FactApi.Core.Answering;

/// <summary>
/// The groups of words in <c>Resources/synonyms.txt</c>, so a question's "truce" meets a fact's "ceasefire", and each
/// country's demonym with its name.
/// Matching is exact on folded words: the data spells out every form it means.
/// </summary>
internal static class Synonyms
{
    private static readonly FrozenDictionary<string, string> GroupOf = Load();

    /// <summary>The group a folded word belongs to (the group's first word), or null.</summary>
    public static string? Group(string word) => GroupOf.GetValueOrDefault(word);

    private static FrozenDictionary<string, string> Load()
    {
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.DataLines("Answering.Resources.synonyms.txt"))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
            {
                // A word in two groups would join them; the data keeps groups apart, and the first one wins.
                groups.TryAdd(word, words[0]);
            }
        }

        // "Norwegian" meets "Norway's" (their stems differ): a country's one-word demonym and name are one group.
        foreach (var (written, writtenCountry) in Extraction.Lexicon.Load("Actors.Resources.demonyms.txt"))
        {
            var (demonym, country) = (SearchKey.Fold(written), SearchKey.Fold(writtenCountry));
            if (country.Length > 0 && !demonym.Contains(' ', StringComparison.Ordinal) && !country.Contains(' ', StringComparison.Ordinal))
            {
                groups.TryAdd(demonym, country);
                groups.TryAdd(country, country);
            }
        }

        return groups.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
