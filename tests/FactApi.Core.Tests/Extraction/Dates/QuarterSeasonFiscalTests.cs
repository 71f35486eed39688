namespace FactApi.Core.Tests.Extraction.Dates;

public class QuarterSeasonFiscalTests
{
    private static readonly DateOnly Spring = new(1998, 3, 22);

    [Fact]
    public void Fiscal_year_is_that_year()
        => TaggerAssert.Value("Revenue doubled in fiscal 1998, the company said.", Spring, "fiscal 1998", "1998");

    [Fact]
    public void This_summer_is_the_anchor_year()
        => TaggerAssert.Value("The stadium will be finished this summer.", Spring, "this summer", "1998-SU");

    [Fact]
    public void Last_fall_early_in_the_year_is_the_previous_year()
        => TaggerAssert.Value("Farmers were hit hard last fall.", new DateOnly(1998, 2, 6), "last fall", "1997-FA");

    [Fact]
    public void The_first_quarter_is_the_anchor_year()
        => TaggerAssert.Value("Profit will rise in the first quarter, analysts said.", Spring, "the first quarter", "1998-Q1");

    [Fact]
    public void A_quarter_not_reached_told_in_past_tense_is_last_years()
        => TaggerAssert.Value("Profit fell in the fourth quarter, the bank reported.", new DateOnly(1998, 2, 10), "the fourth quarter", "1997-Q4");

    [Fact]
    public void Quarter_with_year()
        => TaggerAssert.Value("Orders slumped in the third quarter of 1996.", Spring, "the third quarter of 1996", "1996-Q3");

    [Fact]
    public void Last_quarter_is_the_one_before_the_current()
        => TaggerAssert.Value("Margins narrowed last quarter.", Spring, "last quarter", "1997-Q4");

    [Theory]
    [InlineData("Revenue rose in Q3 2024, the filing showed.", "Q3 2024", "2024-Q3")]
    [InlineData("Margins improved in H1 2025.", "H1 2025", "2025-H1")]
    [InlineData("The FY2024 budget passed.", "FY2024", "2024")]
    public void Quarter_half_and_fiscal_codes(string text, string expected, string value)
        => TaggerAssert.Value(text, Spring, expected, value);

    [Fact]
    public void Adjectival_quarter()
        => TaggerAssert.Value("The lender posted third-quarter losses.", new DateOnly(1998, 10, 20), "third-quarter", "1998-Q3");
}

public class ComparisonPeriodTests
{
    [Fact]
    public void Year_earlier_comparison_takes_the_quarter_named_before_it()
    {
        const string text = "The miner earned $4 million in the second quarter, up from $3 million a year earlier.";
        TaggerAssert.Value(text, new DateOnly(2024, 8, 1), "a year earlier", "2023-Q2");
    }

    [Fact]
    public void Year_ago_without_a_named_period_is_a_year()
        => TaggerAssert.Value("The miner opened the pit a year ago.", new DateOnly(2024, 8, 1), "a year ago", "2023");
}
