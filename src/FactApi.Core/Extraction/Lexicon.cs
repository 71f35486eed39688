using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Extraction;

/// <summary>A word list from an embedded data file: one entry a line, an optional value after a tab.</summary>
internal static class Lexicon
{
    public static IReadOnlyDictionary<string, string> Load(string relativeName) => Read(relativeName);

    /// <summary>The same list, looked up by a slice of the text, without a string made for every word looked up.</summary>
    public static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LoadForSpans(string relativeName) =>
        Read(relativeName).GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, string> Read(string relativeName)
    {
        var entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in EmbeddedData.DataLines(relativeName))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            entries[tab < 0 ? line : line[..tab].Trim()] = tab < 0 ? line : line[(tab + 1)..].Trim();
        }

        return entries;
    }
}
