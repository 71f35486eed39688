using System.Globalization;

namespace FactApi.Ingestion.Parsing;

/// <summary>Dates as pages and JSON-LD write them: ISO 8601, with or without a time and offset.</summary>
internal static class SourceDates
{
    /// <summary>
    /// The calendar date as written, in the source's own offset: a story stamped 23:30+01:00 belongs to the day its
    /// readers saw, not to the UTC day.
    /// </summary>
    public static DateOnly? ToDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.DateTime)
            : null;
    }
}
