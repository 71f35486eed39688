using System.Collections.Frozen;
using System.Text;

namespace FactApi.Core.Text;

/// <summary>
/// Folds a name for matching: case, accents and punctuation do not count ("Zelenskyy", "zelenskyy",
/// "ZELENSKYY" and "Zelénskyy" give the same key). Words are kept in order, separated by single spaces.
/// </summary>
public static class SearchKey
{
    // The app runs with invariant globalization (no ICU), where string.Normalize cannot decompose letters,
    // so the accented Latin letters news uses are folded from a table.
    private static readonly FrozenDictionary<char, string> Plain = LoadPlain();

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                if (c < 128)
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
                else if (Plain.TryGetValue(c, out var plain))
                {
                    builder.Append(plain);
                }
                else
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }
            else if (c is not '\'' and not '\u2019' and not '.' && !char.IsAsciiLetterOrDigit(c) && !IsCombiningMark(c))
            {
                // Apostrophes and dots join ("O'Brien", "U.S."); anything else separates words.
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036f';

    private static FrozenDictionary<char, string> LoadPlain()
    {
        using var stream = typeof(SearchKey).Assembly.GetManifestResourceStream("FactApi.Core.Text.Resources.diacritics.txt")
            ?? throw new InvalidOperationException("The diacritics table is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var map = new Dictionary<char, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 2 && line[0] != '#' && line[1] == '\t')
            {
                map[line[0]] = line[2..];
            }
        }

        return map.ToFrozenDictionary();
    }
}
