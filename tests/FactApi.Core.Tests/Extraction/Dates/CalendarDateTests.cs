namespace FactApi.Core.Tests.Extraction.Dates;

public class CalendarDateTests
{
    private static readonly DateOnly Anchor = new(2025, 5, 14);

    [Theory]
    [InlineData("The treaty was signed on May 15, 2024, in Oslo.", "May 15, 2024", "2024-05-15")]
    [InlineData("The treaty was signed on 15 May 2024 in Oslo.", "15 May 2024", "2024-05-15")]
    [InlineData("Filings closed Sept. 30, 2023.", "Sept. 30, 2023", "2023-09-30")]
    [InlineData("The bridge opened in March 2019.", "March 2019", "2019-03")]
    [InlineData("Prices peaked in 2022 before easing.", "2022", "2022")]
    [InlineData("The court ruled on 2024-11-05 against the firm.", "2024-11-05", "2024-11-05")]
    [InlineData("It was held on the twenty-first of March, 2024.", "the twenty-first of March, 2024", "2024-03-21")]
    public void Explicit_dates(string text, string expected, string value)
        => TaggerAssert.Value(text, Anchor, expected, value);

    [Fact]
    public void Year_modifying_a_noun_is_a_year()
        => TaggerAssert.Value("Delegates recalled the 2022 talks in Geneva.", Anchor, "2022", "2022");

    [Fact]
    public void Month_day_without_year_takes_the_anchor_year_when_close()
        => TaggerAssert.Value("The ceasefire starts May 20 across the region.", Anchor, "May 20", "2025-05-20");

    [Fact]
    public void Month_without_year_crosses_back_over_new_year_in_past_tense()
        => TaggerAssert.Value("Exports rose sharply in December, the agency said.", new DateOnly(2026, 1, 9), "December", "2025-12");

    [Fact]
    public void Month_without_year_crosses_forward_over_new_year_in_future_tense()
        => TaggerAssert.Value("The new rules will apply from January, the ministry said.", new DateOnly(2025, 11, 20), "January", "2026-01");

    [Fact]
    public void Month_day_without_year_near_new_year_picks_the_nearer_year()
        => TaggerAssert.Value("Voting is scheduled for Jan. 12 in most districts.", new DateOnly(2025, 12, 28), "Jan. 12", "2026-01-12");

    [Fact]
    public void Decades_and_centuries()
    {
        TaggerAssert.Value("Wages stagnated through the 1990s, economists say.", Anchor, "the 1990s", "199");
        TaggerAssert.Value("The canal was dug in the 19th century.", Anchor, "the 19th century", "18");
    }

    [Fact]
    public void Modal_may_is_not_a_month()
    {
        var found = FactApi.Core.Extraction.Dates.TemporalTagger.Default.Tag("The board may decide later.", Anchor);
        Assert.DoesNotContain(found, e => e.Text.Contains("may", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("More than 2000 people fled the floods.")]
    [InlineData("Turnout rose 2011 percent, a typo said.")]
    [InlineData("The ticket cost $1999 at the door.")]
    public void Counts_and_money_are_not_years(string text)
        => Assert.Empty(FactApi.Core.Extraction.Dates.TemporalTagger.Default.Tag(text, Anchor));
}
