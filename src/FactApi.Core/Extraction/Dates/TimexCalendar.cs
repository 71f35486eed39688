using System.Globalization;

namespace FactApi.Core.Extraction.Dates;

/// <summary>Calendar arithmetic and TIMEX3 value spelling at a granularity (year, quarter, month, week, day...).</summary>
internal static class TimexCalendar
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Year(int year) => year.ToString("D4", Invariant);

    public static string Month(int year, int month) => Year(year) + "-" + month.ToString("D2", Invariant);

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string Week(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return Year(ISOWeek.GetYear(dt)) + "-W" + ISOWeek.GetWeekOfYear(dt).ToString("D2", Invariant);
    }

    public static int Quarter(int month) => ((month - 1) / 3) + 1;

    /// <summary>Meteorological seasons: SP Mar-May, SU Jun-Aug, FA Sep-Nov, WI Dec-Feb.</summary>
    public static int Season(int month) => month switch
    {
        >= 3 and <= 5 => 1,
        >= 6 and <= 8 => 2,
        >= 9 and <= 11 => 3,
        _ => 4,
    };

    public static readonly string[] SeasonCodes = ["", "SP", "SU", "FA", "WI"];

    /// <summary>Moves <paramref name="anchor"/> by <paramref name="n"/> units (Y, Q, M, W, WE, D, DE, CE).</summary>
    public static DateOnly Shift(DateOnly anchor, string unit, int n) => unit switch
    {
        "Y" => anchor.AddYears(n),
        "Q" => anchor.AddMonths(3 * n),
        "M" => anchor.AddMonths(n),
        "W" or "WE" => anchor.AddDays(7 * n),
        "DE" => anchor.AddYears(10 * n),
        "CE" => anchor.AddYears(100 * n),
        _ => anchor.AddDays(n),
    };

    /// <summary>The value of the period of <paramref name="unit"/> size that contains <paramref name="date"/>.</summary>
    public static string Format(DateOnly date, string unit) => unit switch
    {
        "Y" => Year(date.Year),
        "Q" => Year(date.Year) + "-Q" + Quarter(date.Month).ToString(Invariant),
        "M" => Month(date.Year, date.Month),
        "W" => Week(date),
        "WE" => Week(date) + "-WE",
        "DE" => Year(date.Year)[..3],
        "CE" => Year(date.Year)[..2],
        _ => Day(date),
    };

    /// <summary>Date of the given ISO weekday (1 = Monday) nearest the anchor in the given direction; 0 days away counts.</summary>
    public static DateOnly Weekday(DateOnly anchor, int weekday, int direction, bool strict)
    {
        var today = ((int)anchor.DayOfWeek + 6) % 7 + 1;
        if (direction < 0)
        {
            var back = (today - weekday + 7) % 7;
            return anchor.AddDays(-(back == 0 && strict ? 7 : back));
        }

        var ahead = (weekday - today + 7) % 7;
        return anchor.AddDays(ahead == 0 && strict ? 7 : ahead);
    }

    /// <summary>
    /// The date of a holiday rule in a year: <c>MM-DD</c>, <c>MM-W-N</c> (Nth ISO weekday W, N = -1 the last)
    /// <c>MM-W-E</c> (US Election Day: weekday W after the first Monday) or <c>E+N</c> (N days from Easter Sunday).
    /// </summary>
    public static DateOnly Holiday(string rule, int year)
    {
        if (rule[0] == 'E')
        {
            return Easter(year).AddDays(int.Parse(rule[1..], NumberStyles.AllowLeadingSign, Invariant));
        }

        var parts = rule.Split('-', 2);
        var month = int.Parse(parts[0], Invariant);
        var rest = parts[1];
        if (!rest.Contains('-', StringComparison.Ordinal))
        {
            return new DateOnly(year, month, int.Parse(rest, Invariant));
        }

        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        var weekday = int.Parse(rest[..dash], Invariant);
        var which = rest[(dash + 1)..];
        var first = Weekday(new DateOnly(year, month, 1), weekday, +1, strict: false);
        if (which == "E")
        {
            return Weekday(Weekday(new DateOnly(year, month, 1), 1, +1, strict: false).AddDays(1), weekday, +1, strict: false);
        }

        var n = int.Parse(which, Invariant);
        if (n > 0)
        {
            return first.AddDays(7 * (n - 1));
        }

        var last = Weekday(new DateOnly(year, month, DateTime.DaysInMonth(year, month)), weekday, -1, strict: false);
        return last.AddDays(7 * (n + 1));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian computus, as in Meeus, Astronomical Algorithms).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Year of a month (and day) that has no year, read as the occurrence before, after or nearest the anchor.</summary>
    /// <remarks>
    /// News seldom names a month more than a few months away without its year, so the tense only chooses
    /// between the occurrence before and after when its choice is not implausibly far (over 9 months);
    /// otherwise the nearer occurrence wins.
    /// </remarks>
    public static int YearOf(DateOnly anchor, int month, int day, Tense tense)
    {
        var here = (anchor.Month * 31) + (day == 0 ? 0 : anchor.Day);
        var there = (month * 31) + day;
        var before = there <= here ? anchor.Year : anchor.Year - 1;
        var after = there >= here ? anchor.Year : anchor.Year + 1;
        var daysBack = here - there + (there <= here ? 0 : 372);
        var daysAhead = there - here + (there >= here ? 0 : 372);
        const int plausible = 9 * 31;
        return tense switch
        {
            Tense.Past when daysBack <= plausible => before,
            Tense.Future when daysAhead <= plausible => after,
            _ => daysBack <= daysAhead ? before : after,
        };
    }
}
