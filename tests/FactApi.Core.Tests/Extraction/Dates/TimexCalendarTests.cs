using FactApi.Core.Extraction.Dates;

namespace FactApi.Core.Tests.Extraction.Dates;

public class TimexCalendarTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    public void Easter_sunday(int year, string expected)
        => Assert.Equal(expected, TimexCalendar.Day(TimexCalendar.Easter(year)));

    [Theory]
    [InlineData("11-4-4", 2025, "2025-11-27")]
    [InlineData("05-1--1", 2025, "2025-05-26")]
    [InlineData("11-2-E", 2024, "2024-11-05")]
    [InlineData("11-2-E", 2026, "2026-11-03")]
    [InlineData("12-25", 2025, "2025-12-25")]
    public void Holiday_rules(string rule, int year, string expected)
        => Assert.Equal(expected, TimexCalendar.Day(TimexCalendar.Holiday(rule, year)));

    [Fact]
    public void Week_values_are_iso_weeks_with_two_digits()
    {
        Assert.Equal("2025-W02", TimexCalendar.Week(new DateOnly(2025, 1, 8)));
        Assert.Equal("2026-W01", TimexCalendar.Week(new DateOnly(2025, 12, 29)));
    }

    // Anchor 20 January 2026: tense picks the occurrence before or after unless that one is implausibly far.
    [Theory]
    [InlineData(12, "past", 2025)]
    [InlineData(12, "none", 2025)]
    [InlineData(12, "future", 2025)]
    [InlineData(2, "future", 2026)]
    [InlineData(2, "past", 2026)]
    [InlineData(1, "past", 2026)]
    public void Month_without_year_across_new_year(int month, string tense, int year)
    {
        var t = tense switch { "past" => Tense.Past, "future" => Tense.Future, _ => Tense.None };
        Assert.Equal(year, TimexCalendar.YearOf(new DateOnly(2026, 1, 20), month, 0, t));
    }
}
