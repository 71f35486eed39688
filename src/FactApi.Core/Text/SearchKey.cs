using System.Globalization;
using System.Text;

namespace FactApi.Core.Text;

/// <summary>
/// Folds a name for matching: case, accents and punctuation do not count ("Zelenskyy", "zelenskyy",
/// "ZELENSKYY" and "Zelénskyy" give the same key). Words are kept in order, separated by single spaces.
/// </summary>
public static class SearchKey
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is not '\'' and not '\u2019' and not '.')
            {
                // Apostrophes and dots join ("O'Brien", "U.S."); anything else separates words.
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
