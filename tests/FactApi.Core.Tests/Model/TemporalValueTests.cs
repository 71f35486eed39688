using FactApi.Core.Model;

namespace FactApi.Core.Tests.Model;

public sealed class TemporalValueTests
{
    [Theory]
    [InlineData("2025-05-15", DatePrecision.Day, "2025-05-15", "2025-05-15")]
    [InlineData("2025-05-15T10:30", DatePrecision.Time, "2025-05-15", "2025-05-15")]
    [InlineData("2025-05", DatePrecision.Month, "2025-05-01", "2025-05-31")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2025", DatePrecision.Year, "2025-01-01", "2025-12-31")]
    [InlineData("202", DatePrecision.Decade, "2020-01-01", "2029-12-31")]
    [InlineData("19", DatePrecision.Century, "1900-01-01", "1999-12-31")]
    [InlineData("2025-W20", DatePrecision.Week, "2025-05-12", "2025-05-18")]
    [InlineData("2025-W20-WE", DatePrecision.Week, "2025-05-17", "2025-05-18")]
    [InlineData("2025-Q2", DatePrecision.Quarter, "2025-04-01", "2025-06-30")]
    [InlineData("2025-H2", DatePrecision.Half, "2025-07-01", "2025-12-31")]
    [InlineData("2025-SU", DatePrecision.Season, "2025-06-01", "2025-08-31")]
    [InlineData("2025-WI", DatePrecision.Season, "2025-12-01", "2026-02-28")]
    [InlineData("2025-05-08/2025-05-10", DatePrecision.Range, "2025-05-08", "2025-05-10")]
    public void Values_of_every_precision_cover_the_right_days(string value, DatePrecision precision, string start, string end)
    {
        var parsed = TemporalValue.Parse(value);

        Assert.Equal(precision, parsed.Precision);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), parsed.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), parsed.End);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-13")]
    [InlineData("2025-W54")]
    [InlineData("2025-Q5")]
    [InlineData("PRESENT_REF")]
    [InlineData("P30D")]
    [InlineData("2025-05-10/2025-05-08")]
    [InlineData("")]
    [InlineData("May 2025")]
    public void Impossible_or_non_calendar_values_are_refused(string value)
    {
        Assert.False(TemporalValue.TryParse(value, out _));
    }

    [Fact]
    public void A_month_overlaps_a_day_range_inside_it_and_not_one_outside()
    {
        var may = TemporalValue.Parse("2025-05");

        Assert.True(may.Overlaps(new DateOnly(2025, 5, 10), new DateOnly(2025, 5, 12)));
        Assert.True(may.Overlaps(new DateOnly(2025, 4, 20), new DateOnly(2025, 5, 1)));
        Assert.False(may.Overlaps(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30)));
    }
}
