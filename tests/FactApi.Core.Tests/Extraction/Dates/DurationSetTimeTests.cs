using FactApi.Core.Extraction.Dates;

namespace FactApi.Core.Tests.Extraction.Dates;

public class DurationSetTimeTests
{
    private static readonly DateOnly Anchor = new(2025, 5, 14);

    [Theory]
    [InlineData("Both sides agreed to a 30-day ceasefire.", "30-day", "P30D")]
    [InlineData("The siege lasted two years.", "two years", "P2Y")]
    [InlineData("Rescuers worked for 36 hours straight.", "36 hours", "PT36H")]
    [InlineData("He served twenty-four months in prison.", "twenty-four months", "P24M")]
    [InlineData("The trial ran two and a half weeks.", "two and a half weeks", "P2.5W")]
    [InlineData("The flight took 5 1/2 hours.", "5 1/2 hours", "PT5H30M")]
    [InlineData("Inflation eased over the past three months.", "the past three months", "P3M")]
    [InlineData("Repairs will take several weeks.", "several weeks", "PXW")]
    [InlineData("It was the first in a decade.", "a decade", "P10Y")]
    public void Durations(string text, string expected, string value)
        => TaggerAssert.Value(text, Anchor, expected, value, TimexType.Duration);

    [Fact]
    public void Age_is_not_a_duration()
    {
        var found = TemporalTagger.Default.Tag("A 6-year-old girl was rescued.", Anchor);
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("The paper is published daily.", "daily", "P1D")]
    [InlineData("The committee meets every week.", "every week", "P1W")]
    [InlineData("The market opens on Sundays.", "Sundays", "XXXX-WXX-7")]
    [InlineData("The fee is $40 a month.", "a month", "P1M")]
    public void Sets(string text, string expected, string value)
        => TaggerAssert.Value(text, Anchor, expected, value, TimexType.Set);

    [Theory]
    [InlineData("The blast came at 10:35 a.m. near the station.", "10:35 a.m.", "2025-05-14T10:35")]
    [InlineData("Polls will close at 8 p.m. Thursday.", "8 p.m. Thursday", "2025-05-15T20:00")]
    [InlineData("The curfew starts at midnight.", "midnight", "2025-05-14T24:00")]
    [InlineData("Rain fell this morning.", "this morning", "2025-05-14TMO")]
    [InlineData("Markets closed at 16:00 local time.", "16:00 local time", "2025-05-14T16:00")]
    [InlineData("The shelling stopped at 10am.", "10am", "2025-05-14T10:00")]
    public void Times(string text, string expected, string value)
        => TaggerAssert.Value(text, Anchor, expected, value, TimexType.Time);
}
