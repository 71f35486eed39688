using System.Globalization;

namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// The normalisation functions a rule can name (its fourth column). Each reads the rule's named parts
/// (month, day, year, weekday, dir, num, unit, ord, season, part, ...) through the word lists and resolves
/// what the text leaves open against the anchor (publication date) and the guessed tense.
/// </summary>
internal sealed class TimexNormalizer(Lexicon lexicon)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public Normalized? Normalize(RuleMatch m)
    {
        var type = m.Rule.Type;
        var value = m.Rule.Function switch
        {
            "literal" => m.Get("value"),
            "lookup" => Lookup(m),
            "date" => Date(m),
            "weekday" => Weekday(m),
            "dayword" => DayWord(m),
            "relative" => Relative(m),
            "ago" => Ago(m),
            "duration" => Duration(m, "num"),
            "amount" => Amount(m, ref type),
            "set" => Set(m),
            "quarter" => Quarter(m),
            "season" => Season(m),
            "year" => Year(m.Get("year")) is { } y ? TimexCalendar.Year(y) : null,
            "decade" => Decade(m.Get("decade")),
            "century" => Century(m),
            "time" => Time(m),
            "weekend" => Weekend(m),
            "holiday" => Holiday(m),
            _ => throw new InvalidOperationException($"Rule {m.Rule.Id} names an unknown function {m.Rule.Function}."),
        };
        if (value is null)
        {
            return null;
        }

        if (type == TimexType.Date && value.Contains('T', StringComparison.Ordinal) && char.IsDigit(value[0]))
        {
            type = TimexType.Time;
        }

        return new Normalized(value, type, Mod(m));
    }

    private string? Mod(RuleMatch m)
    {
        if (m.Get("mod") is { } mod && lexicon.TryLookup("mod", mod, out var v))
        {
            return v == "-" ? null : v;
        }

        return m.Get("approx") is { } approx && lexicon.TryLookup("approx", approx, out var a) ? a : null;
    }

    private string? Lookup(RuleMatch m)
    {
        var list = m.Rule.Arg("list") ?? throw new InvalidOperationException($"Rule {m.Rule.Id}: lookup needs list=NAME.");
        var key = m.Get("w") ?? m.Match.Value;
        return lexicon.TryLookup(list, key, out var value) ? value : null;
    }

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

    private string? Weekday(RuleMatch m)
    {
        if (m.Get("weekday") is not { } text || !lexicon.TryLookup("weekday", text, out var v))
        {
            return null;
        }

        var weekday = int.Parse(v, Invariant);
        var date = Int(m, "dir") switch
        {
            < 0 => TimexCalendar.Weekday(m.Anchor, weekday, -1, strict: true),
            > 0 => TimexCalendar.Weekday(m.Anchor, weekday, +1, strict: true),
            _ => TimexCalendar.Weekday(m.Anchor, weekday, m.Tense == Tense.Future ? +1 : -1, strict: false),
        };
        return TimexCalendar.Day(date) + Part(m);
    }

    /// <summary>"the weekend": the one before the anchor, or the coming one in future tense, as week-WE.</summary>
    private static string Weekend(RuleMatch m)
    {
        var saturday = TimexCalendar.Weekday(m.Anchor, 6, m.Tense == Tense.Future ? +1 : -1, strict: false);
        return TimexCalendar.Week(saturday) + "-WE";
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

    private string? Duration(RuleMatch m, string numName)
    {
        if (Unit(m) is not { } unit)
        {
            return null;
        }

        var n = m.Has(numName) ? Number(m, numName) : 1;
        return n is { } count ? DurationValue(count, unit) : null;
    }

    /// <summary>"three years" is a duration; "three years ago" and "three years from now" are dates.</summary>
    private string? Amount(RuleMatch m, ref TimexType type)
    {
        if (!m.Has("ago") && !m.Has("hence"))
        {
            return Duration(m, "num");
        }

        type = TimexType.Date;
        return Ago(m);
    }

    private string? Set(RuleMatch m)
    {
        if (m.Get("weekday") is { } text
            && (lexicon.TryLookup("weekday", text, out var v) || lexicon.TryLookup("weekday_plural", text, out v)))
        {
            return "XXXX-WXX-" + v + Part(m);
        }

        return Duration(m, "num");
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

    private string? Century(RuleMatch m) =>
        m.Get("ord") is { } text && Ordinal(text) is { } n and > 0 and < 100
            ? (n - 1).ToString("D2", Invariant)
            : null;

    private string? Time(RuleMatch m)
    {
        int hour, minute = 0;
        if (m.Get("clock") is { } clock && lexicon.TryLookup("clock", clock, out var fixedTime))
        {
            hour = int.Parse(fixedTime[..2], Invariant);
            minute = int.Parse(fixedTime[3..], Invariant);
        }
        else
        {
            if (m.Get("hour") is not { } hourText || Number(hourText) is not { } h || double.IsNaN(h))
            {
                return null;
            }

            hour = (int)h;
            if (m.Get("minute") is { } minuteText)
            {
                minute = int.Parse(minuteText, Invariant);
            }

            var pm = (m.Get("ampm") is { } ampm && ampm.StartsWith('p'))
                || (m.Get("part") is { } part && lexicon.TryLookup("part", part, out var p) && p is "AF" or "EV" or "NI" && hour >= 5);
            if (pm && hour < 12)
            {
                hour += 12;
            }
            else if (m.Get("ampm") is { } am && am.StartsWith('a') && hour == 12)
            {
                hour = 0;
            }
        }

        if (hour > 24 || minute > 59)
        {
            return null;
        }

        var date = m.Anchor;
        if (m.Get("weekday") is { } wd && lexicon.TryLookup("weekday", wd, out var w))
        {
            var weekday = int.Parse(w, Invariant);
            date = TimexCalendar.Weekday(m.Anchor, weekday, m.Tense == Tense.Future ? +1 : -1, strict: false);
        }
        else if (m.Get("dw") is { } dw && lexicon.TryLookup("dayword", dw, out var offset))
        {
            date = m.Anchor.AddDays(int.Parse(offset, Invariant));
        }
        else if (Date(m) is { Length: 10 } day)
        {
            date = DateOnly.ParseExact(day, "yyyy-MM-dd", Invariant);
        }

        return TimexCalendar.Day(date) + "T" + hour.ToString("D2", Invariant) + ":" + minute.ToString("D2", Invariant);
    }

    private int? Weekday(string? text) =>
        text is not null && lexicon.TryLookup("weekday", text, out var v) ? int.Parse(v, Invariant) : null;

    private static int IsoWeekday(DateOnly date) => ((int)date.DayOfWeek + 6) % 7 + 1;

    private string Part(RuleMatch m) =>
        m.Get("part") is { } part && lexicon.TryLookup("part", part, out var code) ? "T" + code : string.Empty;

    private string? Unit(RuleMatch m) =>
        m.Get("unit") is { } text && lexicon.TryLookup("unit", text, out var unit) ? unit : null;

    private int? Int(RuleMatch m, string name)
    {
        if (m.Get(name) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out var n))
        {
            return n;
        }

        return lexicon.TryLookup(name == "ydir" ? "dir" : name, text, out var v) ? int.Parse(v, Invariant) : null;
    }

    private double? Number(RuleMatch m, string name) => m.Get(name) is { } text ? Number(text) : null;

    // A rule argument num=X stands for an unspecified amount ("for years").
    private double? Number(string text) =>
        text == "X" ? double.NaN : NumberWords.TryParse(lexicon, text, out var n) ? n : null;

    private int? Month(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, Invariant, out var n))
        {
            return n is >= 1 and <= 12 ? n : null;
        }

        return lexicon.TryLookup("month", text, out var v) ? int.Parse(v, Invariant) : null;
    }

    /// <summary>"15", "15th", "fifteenth", "third" as a number.</summary>
    private int? Ordinal(string text)
    {
        var digits = text.TrimEnd('s', 't', 'n', 'd', 'r', 'h', 'S', 'T', 'N', 'D', 'R', 'H');
        if (int.TryParse(digits, Invariant, out var n))
        {
            return n;
        }

        if (lexicon.TryLookup("ordinal", text, out var v))
        {
            return int.Parse(v, Invariant);
        }

        return Number(text) is { } x && !double.IsNaN(x) ? (int)x : null;
    }

    /// <summary>"1998", "'98", "98", "nineteen ninety-eight", "two thousand" as a year.</summary>
    private int? Year(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var t = text.Trim().TrimStart('\'', '’');
        if (int.TryParse(t, Invariant, out var n))
        {
            return t.Length <= 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
        }

        // Spoken years come in pairs ("nineteen ninety-six") or as a whole number ("two thousand").
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && Number(words[0]) is { } hundreds and >= 10 and < 100
            && Number(string.Join(' ', words[1..])) is { } rest and < 100)
        {
            return (int)(hundreds * 100 + rest);
        }

        return Number(t) is { } whole && whole >= 1000 ? (int)whole : null;
    }

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

    private static string DurationValue(double n, string unit)
    {
        var (letter, time, scale) = unit switch
        {
            "H" => ("H", true, 1),
            "MIN" => ("M", true, 1),
            "S" => ("S", true, 1),
            "DE" => ("Y", false, 10),
            "CE" => ("Y", false, 100),
            "WE" => ("D", false, 2),
            _ => (unit, false, 1),
        };
        var prefix = time ? "PT" : "P";
        if (double.IsNaN(n))
        {
            return prefix + "X" + (unit is "DE" or "CE" ? unit : letter);
        }

        var whole = Math.Floor(n);
        var fraction = n - whole;
        if (fraction > 0.01 && scale == 1)
        {
            var (smaller, per) = unit switch
            {
                "Y" => ("6M", 0.5),
                "D" => ("T12H", 0.5),
                "H" => ("30M", 0.5),
                "MIN" => ("30S", 0.5),
                _ => (string.Empty, 0.0),
            };
            if (per > 0 && Math.Abs(fraction - per) < 0.01)
            {
                return prefix + (whole > 0 ? ((int)whole).ToString(Invariant) + letter : string.Empty) + smaller;
            }

            return prefix + n.ToString("0.##", Invariant) + letter;
        }

        return prefix + ((long)(whole * scale)).ToString(Invariant) + letter;
    }
}
