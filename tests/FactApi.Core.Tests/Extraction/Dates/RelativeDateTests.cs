namespace FactApi.Core.Tests.Extraction.Dates;

public class RelativeDateTests
{
    // Wednesday 14 May 2025, ISO week 20.
    private static readonly DateOnly Anchor = new(2025, 5, 14);

    [Theory]
    [InlineData("Turnout fell last year in the north.", "last year", "2024")]
    [InlineData("Turnout will fall next year, pollsters warn.", "next year", "2026")]
    [InlineData("The index rose this month on export data.", "this month", "2025-05")]
    [InlineData("Talks resume next week in Cairo.", "next week", "2025-W21")]
    [InlineData("Officials met last week in private.", "last week", "2025-W19")]
    [InlineData("The mine collapsed three years ago.", "three years ago", "2022")]
    [InlineData("The mine collapsed two months ago.", "two months ago", "2025-03")]
    [InlineData("The road opened 11 days ago.", "11 days ago", "2025-05-03")]
    [InlineData("The vote was held yesterday.", "yesterday", "2025-05-13")]
    [InlineData("The results arrive tomorrow.", "tomorrow", "2025-05-15")]
    // Oct. 23 is nearer ahead (162 days) than behind (203), but "have been ... since" looks back.
    [InlineData("Divers have been searching the bay since shortly after the Oct. 23 sinking.", "Oct. 23", "2024-10-23")]
    [InlineData("Sales climbed earlier this year.", "earlier this year", "2025")]
    public void Relative_to_anchor(string text, string expected, string value)
        => TaggerAssert.Value(text, Anchor, expected, value);

    [Fact]
    public void Same_tagger_answers_questions_against_an_as_of_date()
        => TaggerAssert.Value("What happened last month?", new DateOnly(2025, 1, 10), "last month", "2024-12");

    [Theory]
    [InlineData("Most people are now online.", "now", "PRESENT_REF")]
    [InlineData("The firm recently hired a chief.", "recently", "PAST_REF")]
    [InlineData("Costs may rise in the future.", "the future", "FUTURE_REF")]
    [InlineData("The firm is currently in talks.", "currently", "PRESENT_REF")]
    public void Vague_references(string text, string expected, string value)
        => TaggerAssert.Value(text, Anchor, expected, value);

    [Theory]
    [InlineData("Crime fell through the nineties.", "the nineties", "199")]
    [InlineData("Rules should be in place by year's end.", "year's end", "2025")]
    [InlineData("Rules should be in place by year’s end.", "year’s end", "2025")]
    [InlineData("Planting was delayed earlier in the year by rain.", "earlier in the year", "2025")]
    [InlineData("Margins will stay thin in the near term.", "the near term", "FUTURE_REF")]
    [InlineData("The mayor plans to visit over the weekend.", "the weekend", "2025-W20-WE")]
    [InlineData("The plant was shut over the weekend.", "the weekend", "2025-W19-WE")]
    [InlineData("Stores closed on Thanksgiving Day last year.", "Thanksgiving Day", "2024-11-28")]
    [InlineData("Pilgrims gathered on Good Friday.", "Good Friday", "2025-04-18")]
    public void Named_periods(string text, string expected, string value)
        => TaggerAssert.Value(text, Anchor, expected, value);
}
