using FactApi.Core.Extraction.Dates;

namespace FactApi.Core.Tests.Extraction.Dates;

public class ReferenceTimeTests
{
    private static readonly DateOnly Anchor = new(2025, 5, 14);

    [Fact]
    public void Next_day_follows_the_last_named_date()
        => TaggerAssert.Value("The rebels entered the city on March 3. The next day, the mayor fled.", Anchor, "The next day", "2025-03-04");

    [Fact]
    public void That_year_takes_the_year_last_named()
        => TaggerAssert.Value("She moved to Lagos in June 2019 and opened a shop later that year.", Anchor, "later that year", "2019");

    [Fact]
    public void The_following_month_counts_from_the_last_named_month()
        => TaggerAssert.Value("Talks began in January 2020. The following month, they collapsed.", Anchor, "The following month", "2020-02");

    [Fact]
    public void Without_an_earlier_date_the_anchor_stands()
        => TaggerAssert.Value("The next day, the mayor fled.", Anchor, "The next day", "2025-05-15");

    [Fact]
    public void A_reference_too_coarse_for_a_day_is_not_used()
        => TaggerAssert.Value("The war ended in 1995. The next day was calm.", Anchor, "The next day", "2025-05-15");

    [Fact]
    public void A_clock_time_without_a_day_is_on_the_last_named_day()
        => TaggerAssert.Value("The convoy was stopped on Friday. Shots were heard at 10 p.m. near the bridge.", Anchor, "10 p.m.", "2025-05-09T22:00", TimexType.Time);

    [Fact]
    public void A_clock_time_that_names_its_day_keeps_it()
        => TaggerAssert.Value("The convoy was stopped on Friday. The talks will resume at 9 a.m. Thursday.", Anchor, "9 a.m. Thursday", "2025-05-15T09:00", TimexType.Time);

    [Theory]
    [InlineData("The leak began shortly after 10:40 p.m. (2140 GMT) on Monday at a storage tank.", "10:40 p.m.", "2025-05-12T22:40")]
    [InlineData("The leak began shortly after 10:40 p.m. (2140 GMT) on Monday at a storage tank.", "2140 GMT", "2025-05-12T21:40")]
    public void A_clock_time_takes_the_day_named_right_after_it_past_a_bracket(string text, string expression, string value)
        => TaggerAssert.Value(text, Anchor, expression, value, TimexType.Time);

    [Fact]
    public void A_day_told_after_other_words_is_not_the_clock_time_s()
        => TaggerAssert.Value("Shots were heard at 10 p.m. near the bridge, and the convoy left on Monday.", Anchor, "10 p.m.", "2025-05-14T22:00", TimexType.Time);
}
