using System.Globalization;
using FactApi.Core.Model;

namespace FactApi.Core.Answering;

/// <summary>How answer values read in a sentence: "on 15 May 2025", "in March 2022", "from 8 May to 10 May 2025".</summary>
internal static class AnswerText
{
    public static string Date(TemporalValue value) => value.Precision switch
    {
        DatePrecision.Day or DatePrecision.Time => "on " + Day(value.Start),
        DatePrecision.Month => "in " + value.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Year => "in " + value.Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => "from " + Day(value.Start) + " to " + Day(value.End),
    };

    /// <summary>"until 16 March 2026", "until May 2026", "until 8 May to 10 May 2025" for a range's end, its last day.</summary>
    public static string Until(TemporalValue value) => value.Precision switch
    {
        DatePrecision.Day or DatePrecision.Time => "until " + Day(value.Start),
        DatePrecision.Month => "until " + value.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Year => "until " + value.Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => "until " + Day(value.End),
    };

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
