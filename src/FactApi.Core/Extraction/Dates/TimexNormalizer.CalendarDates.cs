namespace FactApi.Core.Extraction.Dates;

/// <summary>Dates written out: day, month, year, holidays, decades and centuries.</summary>
internal sealed partial class TimexNormalizer
{
    private string? Date(RuleMatch m)
    {
        if (Month(m.Get("month")) is not { } month)
        {
            return null;
        }

        int? day = null;
        if (m.Get("day") is { } dayText)
        {
            day = Ordinal(dayText);
            if (day is null)
            {
                return null;
            }
        }

        int year;
        if (m.Get("year") is { } yearText)
        {
            if (Year(yearText) is not { } y)
            {
                return null;
            }

            year = y;
        }
        else if (Int(m, "ydir") is { } ydir)
        {
            year = m.Anchor.Year + ydir;
        }
        else if (Int(m, "dir") is { } dir)
        {
            year = dir switch
            {
                < 0 => month < m.Anchor.Month ? m.Anchor.Year : m.Anchor.Year - 1,
                > 0 => month > m.Anchor.Month ? m.Anchor.Year : m.Anchor.Year + 1,
                _ => m.Anchor.Year,
            };
        }
        else
        {
            year = TimexCalendar.YearOf(m.Anchor, month, day ?? 0, m.Tense);
            if (day is { } named && Weekday(m.Get("weekday")) is { } weekday)
            {
                // "Thursday, Feb. 6": the weekday says which year the writer meant.
                year = new[] { year, year - 1, year + 1 }.FirstOrDefault(
                    y => named <= DateTime.DaysInMonth(y, month) && IsoWeekday(new DateOnly(y, month, named)) == weekday, year);
            }
        }

        if (day is not { } d)
        {
            return TimexCalendar.Month(year, month);
        }

        if (d < 1 || d > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return TimexCalendar.Day(new DateOnly(year, month, d)) + Part(m);
    }

    private string? Holiday(RuleMatch m)
    {
        if (m.Get("holiday") is not { } name || !lexicon.TryLookup("holiday", name, out var rule))
        {
            return null;
        }

        int year;
        if (m.Get("year") is { } yearText && Year(yearText) is { } y)
        {
            year = y;
        }
        else
        {
            var near = TimexCalendar.Holiday(rule, m.Anchor.Year);
            year = Int(m, "dir") switch
            {
                < 0 => near < m.Anchor ? m.Anchor.Year : m.Anchor.Year - 1,
                > 0 => near > m.Anchor ? m.Anchor.Year : m.Anchor.Year + 1,
                0 => m.Anchor.Year,
                _ => TimexCalendar.YearOf(m.Anchor, near.Month, near.Day, m.Tense),
            };
        }

        return TimexCalendar.Day(TimexCalendar.Holiday(rule, year));
    }

    private string? Century(RuleMatch m) =>
        m.Get("ord") is { } text && Ordinal(text) is { } n and > 0 and < 100
            ? (n - 1).ToString("D2", Invariant)
            : null;

    private static string? Decade(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = new string(text.Where(char.IsDigit).ToArray());
        return digits.Length switch
        {
            4 => digits[..3],
            2 => (digits[0] >= '3' ? "19" : "20") + digits[0],
            _ => null,
        };
    }
}
