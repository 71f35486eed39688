using System.Globalization;

namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// Reads a quantity written in digits or words ("30", "twenty-four", "two and a half", "5 1/2", "several")
/// using the <c>number</c> word list; vague quantities come back as <see cref="double.NaN"/> (TIMEX3 "X").
/// </summary>
internal static class NumberWords
{
    public static bool TryParse(Lexicon lexicon, string text, out double value)
    {
        value = 0;
        double current = 0;
        var any = false;
        // "a year" is one year, but in "a dozen", "a couple of", "a half" the article only introduces the number.
        var article = false;
        foreach (var raw in text.Split([' ', '\t', '\n', '\r', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Trim(',', '.').ToLowerInvariant();
            if (token is "and" or "of" or "")
            {
                continue;
            }

            if (token is "a" or "an")
            {
                if (current == 0)
                {
                    current = 1;
                    article = true;
                    any = true;
                }

                continue;
            }

            if (article)
            {
                current = 0;
                article = false;
            }

            if (token.Contains('/', StringComparison.Ordinal))
            {
                var parts = token.Split('/');
                if (parts.Length == 2 && double.TryParse(parts[0], CultureInfo.InvariantCulture, out var a)
                    && double.TryParse(parts[1], CultureInfo.InvariantCulture, out var b) && b != 0)
                {
                    current += a / b;
                    any = true;
                    continue;
                }

                return false;
            }

            if (double.TryParse(token.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                current += number;
                any = true;
                continue;
            }

            if (!lexicon.TryLookup("number", token, out var word))
            {
                return false;
            }

            any = true;
            if (word == "X")
            {
                value = double.NaN;
                return true;
            }

            if (word.StartsWith('*'))
            {
                current = Math.Max(current, 1) * double.Parse(word[1..], CultureInfo.InvariantCulture);
            }
            else
            {
                current += double.Parse(word, CultureInfo.InvariantCulture);
            }
        }

        value = current;
        return any;
    }
}
