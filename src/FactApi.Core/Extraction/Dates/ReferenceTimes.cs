using System.Globalization;
using System.Text.RegularExpressions;

namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// "The next day", "that year", "later that month" point at the last date the story named, not at the publication
/// date. Rules that say <c>anchor=previous</c> are normalised again, in text order, against the most recent
/// preceding date precise enough for them; with none, the publication date stands. A clock time that names no day
/// ("shot at 10 p.m.") is on the story's last day named: its rules say <c>anchor=undated</c>.
/// </summary>
internal static class ReferenceTimes
{
    /// <summary>Year, month or day a value pins down ('Y', 'M', 'D'), with its first day; null for anything else.</summary>
    public static (DateOnly Date, char Grain)? Parse(string value)
    {
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        if (value.Length == 4)
        {
            return (new DateOnly(year, 1, 1), 'Y');
        }

        if (value.Length < 7 || value[4] != '-' || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12)
        {
            return null;
        }

        if (value.Length >= 10 && value[7] == '-'
            && int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return (new DateOnly(year, month, day), 'D');
        }

        return (new DateOnly(year, month, 1), 'M');
    }

    /// <summary>How precise a reference the rule's match needs: a year for "that year", a month, or a day.</summary>
    public static char Needs(TemporalRule rule, Match match)
    {
        var unit = match.Groups["unit"] is { Success: true } g ? g.Value : rule.Arg("unit") ?? "day";
        return unit.ToUpperInvariant() switch
        {
            "YEAR" => 'Y',
            "MONTH" => 'M',
            _ => 'D',
        };
    }

    /// <summary>Whether a reference of <paramref name="grain"/> is precise enough for <paramref name="needs"/>.</summary>
    public static bool Covers(char grain, char needs) => grain == 'D' || (grain == 'M' && needs != 'D') || needs == 'Y';
}
