namespace FactApi.Core.Extraction.Text;

/// <summary>The abbreviation and sentence-opener word lists, loaded once from embedded data.</summary>
internal static class Abbreviations
{
    private static readonly Lazy<Dictionary<string, AbbreviationClass>> Known = new(LoadAbbreviations);
    private static readonly Lazy<HashSet<string>> Openers = new(() => new HashSet<string>(EmbeddedData.DataLines("Text.Resources.sentence-openers.txt"), StringComparer.Ordinal));

    /// <summary>The class of <paramref name="word"/> (without its period); case-sensitive.</summary>
    public static AbbreviationClass Classify(ReadOnlySpan<char> word)
    {
        var lookup = Known.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word, out var kind) ? kind : AbbreviationClass.None;
    }

    /// <summary>Titles that precede a person's name (Mr, Dr, Gen...), without their period; St is left out as it also starts place names.</summary>
    public static IEnumerable<string> PersonalTitles =>
        Known.Value.Keys.Where(key => IsPersonalTitle(key));

    /// <summary>Whether <paramref name="word"/> (without its period) is one of <see cref="PersonalTitles"/>.</summary>
    public static bool IsPersonalTitle(ReadOnlySpan<char> word) => Classify(word) == AbbreviationClass.Title && word is not "St";

    /// <summary>True for capitalised words that typically open a sentence (The, He, But...).</summary>
    public static bool IsSentenceOpener(ReadOnlySpan<char> word) =>
        Openers.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static Dictionary<string, AbbreviationClass> LoadAbbreviations()
    {
        var map = new Dictionary<string, AbbreviationClass>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.DataLines("Text.Resources.abbreviations.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            map[parts[0]] = parts[1] switch
            {
                "title" => AbbreviationClass.Title,
                "number" => AbbreviationClass.Number,
                _ => AbbreviationClass.Other,
            };
        }

        return map;
    }
}
