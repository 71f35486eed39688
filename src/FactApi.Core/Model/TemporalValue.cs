using System.Globalization;
using System.Text.RegularExpressions;

namespace FactApi.Core.Model;

/// <summary>
/// A TIMEX3 calendar value (<c>2025</c>, <c>2025-05</c>, <c>2025-W20</c>, <c>2025-Q2</c>, <c>2025-SU</c>,
/// <c>2025-05-15</c>, <c>2025-05-15T10:00</c>) or a range <c>2025-05-12/2025-05-15</c>, with the first and
/// last day it covers, so values of any precision can be compared by overlap.
/// </summary>
public sealed partial record TemporalValue(string Value, DatePrecision Precision, DateOnly Start, DateOnly End)
{
    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && End >= from;

    public override string ToString() => Value;

    /// <summary>The value of one calendar day (a publication date standing for when something was said).</summary>
    public static TemporalValue Of(DateOnly day) => Parse(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static TemporalValue Parse(string value) =>
        TryParse(value, out var parsed) ? parsed : throw new FormatException($"'{value}' is not a calendar TIMEX3 value.");

    public static bool TryParse(string? value, out TemporalValue parsed)
    {
        parsed = null!;
        if (string.IsNullOrWhiteSpace(value) || value.Length > 64)
        {
            return false;
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            if (!TryParse(value[..slash], out var first) || !TryParse(value[(slash + 1)..], out var last) || last.End < first.Start)
            {
                return false;
            }

            parsed = new TemporalValue(value, DatePrecision.Range, first.Start, last.End);
            return true;
        }

        var range = Calendar(value);
        if (range is null)
        {
            return false;
        }

        parsed = new TemporalValue(value, range.Value.Precision, range.Value.Start, range.Value.End);
        return true;
    }

    private static (DatePrecision Precision, DateOnly Start, DateOnly End)? Calendar(string value)
    {
        var match = CalendarPattern().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var digits = match.Groups["y"].Value;
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        switch (digits.Length)
        {
            case 2 when !match.Groups["rest"].Success:
                return Span(DatePrecision.Century, year * 100, 1, 1, year * 100 + 99, 12, 31);
            case 3 when !match.Groups["rest"].Success:
                return Span(DatePrecision.Decade, year * 10, 1, 1, year * 10 + 9, 12, 31);
            case 4:
                break;
            default:
                return null;
        }

        if (year < 1)
        {
            return null;
        }

        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return null;
            }

            if (!match.Groups["day"].Success)
            {
                return Span(DatePrecision.Month, year, month, 1, year, month, DateTime.DaysInMonth(year, month));
            }

            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            var date = new DateOnly(year, month, day);
            return (match.Groups["time"].Success ? DatePrecision.Time : DatePrecision.Day, date, date);
        }

        if (match.Groups["week"].Success)
        {
            var week = int.Parse(match.Groups["week"].Value, CultureInfo.InvariantCulture);
            if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
            {
                return null;
            }

            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return match.Groups["weekend"].Success
                ? (DatePrecision.Week, monday.AddDays(5), monday.AddDays(6))
                : (DatePrecision.Week, monday, monday.AddDays(6));
        }

        if (match.Groups["quarter"].Success)
        {
            var quarter = int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture);
            return quarter is < 1 or > 4 ? null : Span(DatePrecision.Quarter, year, quarter * 3 - 2, 1, year, quarter * 3, DateTime.DaysInMonth(year, quarter * 3));
        }

        if (match.Groups["half"].Success)
        {
            var half = int.Parse(match.Groups["half"].Value, CultureInfo.InvariantCulture);
            return half is < 1 or > 2 ? null : Span(DatePrecision.Half, year, half * 6 - 5, 1, year, half * 6, half == 1 ? 30 : 31);
        }

        if (match.Groups["season"].Success)
        {
            return match.Groups["season"].Value switch
            {
                "SP" => Span(DatePrecision.Season, year, 3, 1, year, 5, 31),
                "SU" => Span(DatePrecision.Season, year, 6, 1, year, 8, 31),
                "FA" => Span(DatePrecision.Season, year, 9, 1, year, 11, 30),
                _ => Span(DatePrecision.Season, year, 12, 1, year + 1, 2, DateTime.DaysInMonth(year + 1, 2)),
            };
        }

        return match.Groups["rest"].Success ? null : Span(DatePrecision.Year, year, 1, 1, year, 12, 31);
    }

    private static (DatePrecision, DateOnly, DateOnly) Span(DatePrecision precision, int y1, int m1, int d1, int y2, int m2, int d2) =>
        (precision, new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2));

    [GeneratedRegex(@"^(?<y>\d{2,4})(?<rest>-(?:(?<month>\d{2})(?:-(?<day>\d{2})(?<time>T\d{2}(?::\d{2}){0,2}|T(?:MO|AF|EV|NI|DT))?)?|W(?<week>\d{2})(?<weekend>-WE)?|Q(?<quarter>[1-4])|H(?<half>[12])|(?<season>SP|SU|FA|WI)))?$", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarPattern();
}
