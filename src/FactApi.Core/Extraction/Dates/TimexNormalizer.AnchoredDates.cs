namespace FactApi.Core.Extraction.Dates;

/// <summary>Dates resolved from the anchor: weekdays, today/yesterday, last/next/this, ago, quarters, seasons.</summary>
internal sealed partial class TimexNormalizer
{
    private string? Weekday(RuleMatch m)
    {
        if (m.Get("weekday") is not { } text || !lexicon.TryLookup("weekday", text, out var v))
        {
            return null;
        }

        return TimexCalendar.Day(WeekdayDate(m, int.Parse(v, Invariant))) + Part(m);
    }

    /// <summary>
    /// The day of the weekday a match names: "last"/"next" ("dir") pick the one before or after the anchor, never the
    /// anchor's own day; without one, tense picks the nearest in its direction, the anchor's own day included.
    /// </summary>
    private DateOnly WeekdayDate(RuleMatch m, int weekday) => Int(m, "dir") switch
    {
        // "Thursday of next week" is in the calendar week after the anchor's, whichever day the anchor is.
        { } week when m.Get("inweek") is not null => m.Anchor.AddDays((7 * week) + weekday - (((int)m.Anchor.DayOfWeek + 6) % 7) - 1),
        < 0 => TimexCalendar.Weekday(m.Anchor, weekday, -1, strict: true),
        > 0 => TimexCalendar.Weekday(m.Anchor, weekday, +1, strict: true),
        _ => TimexCalendar.Weekday(m.Anchor, weekday, m.Tense == Tense.Future ? +1 : -1, strict: false),
    };

    /// <summary>"the weekend": the one before the anchor, or the coming one in future tense, as week-WE.</summary>
    private static string Weekend(RuleMatch m)
    {
        var saturday = TimexCalendar.Weekday(m.Anchor, 6, m.Tense == Tense.Future ? +1 : -1, strict: false);
        return TimexCalendar.Week(saturday) + "-WE";
    }

    private string? DayWord(RuleMatch m)
    {
        if (m.Get("dw") is not { } text || !lexicon.TryLookup("dayword", text, out var v))
        {
            return null;
        }

        return TimexCalendar.Day(m.Anchor.AddDays(int.Parse(v, Invariant))) + Part(m);
    }

    private string? Relative(RuleMatch m)
    {
        if (Unit(m) is not { } unit || Int(m, "dir") is not { } dir)
        {
            return null;
        }

        var grain = unit is "H" or "MIN" or "S" ? "D" : unit;
        return TimexCalendar.Format(TimexCalendar.Shift(m.Anchor, unit, dir), grain);
    }

    private string? Ago(RuleMatch m)
    {
        if (Unit(m) is not { } unit || Number(m, "num") is not { } n)
        {
            return null;
        }

        var sign = m.Has("hence") ? 1 : Int(m, "sign") ?? -1;
        if (double.IsNaN(n))
        {
            return sign < 0 ? "PAST_REF" : "FUTURE_REF";
        }

        var grain = unit is "H" or "MIN" or "S" ? "D" : unit;
        return TimexCalendar.Format(TimexCalendar.Shift(m.Anchor, unit, sign * (int)Math.Round(n)), grain);
    }

    private string? Quarter(RuleMatch m)
    {
        var half = m.Get("unit") is { } u && u.StartsWith('h');
        var count = half ? 2 : 4;
        var current = half ? (m.Anchor.Month <= 6 ? 1 : 2) : TimexCalendar.Quarter(m.Anchor.Month);
        var year = m.Anchor.Year;
        int q;
        if (m.Get("ord") is { } ordText)
        {
            if (Ordinal(ordText) is not { } ord || ord < 1 || ord > count)
            {
                return null;
            }

            q = ord;
            if (m.Get("year") is { } yearText)
            {
                year = Year(yearText) ?? year;
            }
            else if (Int(m, "ydir") is { } ydir)
            {
                year += ydir;
            }
            else if (m.Has("yago"))
            {
                year--;
            }
            else if (q > current && m.Tense != Tense.Future)
            {
                // A quarter not reached yet this year, told in the past: last year's.
                year--;
            }
        }
        else
        {
            // "the quarter", "the latest quarter": the last one reported on, i.e. the one before the current.
            q = current - 1;
            if (q == 0)
            {
                q = count;
                year--;
            }

            year += Int(m, "ydir") ?? (m.Has("yago") ? -1 : 0);
        }

        return TimexCalendar.Year(year) + (half ? "-H" : "-Q") + q.ToString(Invariant);
    }

    private string? Season(RuleMatch m)
    {
        if (m.Get("season") is not { } text || !lexicon.TryLookup("season", text, out var code))
        {
            return null;
        }

        var season = Array.IndexOf(TimexCalendar.SeasonCodes, code);
        // In January and February this year's seasons are all still ahead (the winter began last year).
        var current = m.Anchor.Month <= 2 ? 0 : TimexCalendar.Season(m.Anchor.Month);
        var year = m.Anchor.Year;
        if (m.Get("year") is { } yearText)
        {
            year = Year(yearText) ?? year;
        }
        else if (Int(m, "ydir") is { } ydir)
        {
            year += ydir;
        }
        else
        {
            var dir = Int(m, "dir");
            var tense = dir switch { < 0 => Tense.Past, > 0 => Tense.Future, 0 => Tense.None, _ => m.Tense };
            var strict = dir is not null and not 0;
            if (tense == Tense.Past && (season > current || (strict && season == current)))
            {
                year--;
            }
            else if (tense == Tense.Future && (season < current || (strict && season == current)))
            {
                year++;
            }
        }

        return TimexCalendar.Year(year) + "-" + code;
    }
}
