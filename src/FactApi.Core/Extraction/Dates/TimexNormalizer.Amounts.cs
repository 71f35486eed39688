namespace FactApi.Core.Extraction.Dates;

/// <summary>Amounts of time (durations), the dates an amount before or after the anchor, and sets.</summary>
internal sealed partial class TimexNormalizer
{
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
