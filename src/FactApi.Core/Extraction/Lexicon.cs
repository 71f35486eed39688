using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Extraction;

/// <summary>A word list from an embedded data file: one entry a line, an optional value after a tab.</summary>
internal static class Lexicon
{
    public static IReadOnlyDictionary<string, string> Load(string relativeName)
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
