using System.Globalization;

namespace FactApi.Core.Extraction.Dates;

/// <summary>Reading the words a group captured: numbers, months, ordinals, years, units, directions.</summary>
internal sealed partial class TimexNormalizer
{
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
}
