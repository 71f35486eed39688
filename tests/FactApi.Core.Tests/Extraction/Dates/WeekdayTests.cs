namespace FactApi.Core.Tests.Extraction.Dates;

public class WeekdayTests
{
    // Wednesday 14 May 2025.
    private static readonly DateOnly Wednesday = new(2025, 5, 14);

    [Fact]
    public void Weekday_in_past_tense_is_the_one_before_publication()
        => TaggerAssert.Value("The mayor resigned on Saturday after the audit.", Wednesday, "Saturday", "2025-05-10");

    [Fact]
    public void Weekday_in_future_tense_is_the_next_one()
        => TaggerAssert.Value("The council will vote on Saturday.", Wednesday, "Saturday", "2025-05-17");

    [Theory]
    [InlineData("The trust will hold a meeting with residents on Saturday and said it hoped to recruit a new crew.", "Saturday", "2025-05-17")]
    [InlineData("The council will review the permit at a special session Saturday, its president said.", "Saturday", "2025-05-17")]
    [InlineData("The mayor resigned on Saturday, officials said, and will be replaced.", "Saturday", "2025-05-10")]
    public void A_reporting_verb_in_another_clause_does_not_outweigh_the_verb_of_its_own(string text, string phrase, string value)
        => TaggerAssert.Value(text, Wednesday, phrase, value);

    [Fact]
    public void Deadline_by_weekday_is_the_next_one()
        => TaggerAssert.Value("Negotiators were told to reach a deal by Monday.", Wednesday, "Monday", "2025-05-19");

    [Theory]
    [InlineData("The office has suspended classes through Monday.", "Monday", "2025-05-19")]
    [InlineData("The road has been closed until Friday.", "Friday", "2025-05-16")]
    public void A_weekday_an_ongoing_state_lasts_until_is_the_next_one(string text, string phrase, string value)
        => TaggerAssert.Value(text, Wednesday, phrase, value);

    [Fact]
    public void Weekday_equal_to_publication_day_is_that_day()
        => TaggerAssert.Value("Shares slid on Wednesday as traders sold.", Wednesday, "Wednesday", "2025-05-14");

    [Fact]
    public void Last_and_next_weekday_skip_the_current_one()
    {
        TaggerAssert.Value("The plant closed last Wednesday.", Wednesday, "last Wednesday", "2025-05-07");
        TaggerAssert.Value("The plant reopens next Wednesday.", Wednesday, "next Wednesday", "2025-05-21");
    }

    [Theory]
    [InlineData("Farmers will drive tractors into the city on Thursday of next week.", "Thursday of next week", "2025-05-22")]
    [InlineData("The vote is on Monday of next week.", "Monday of next week", "2025-05-19")]
    [InlineData("The plant closed on Thursday of last week.", "Thursday of last week", "2025-05-08")]
    [InlineData("The talks end on Friday of this week.", "Friday of this week", "2025-05-16")]
    public void A_weekday_of_next_or_last_week_is_in_that_calendar_week(string text, string phrase, string value)
        => TaggerAssert.Value(text, Wednesday, phrase, value);

    [Fact]
    public void Reporting_verb_outside_a_quotation_does_not_set_its_tense()
        => TaggerAssert.Value("\"We will strike on Friday,\" the union leader said.", Wednesday, "Friday", "2025-05-16");

    [Fact]
    public void Proper_names_ending_in_ed_are_not_past_tense()
        => TaggerAssert.Value("The envoy would be traveling to the United States Friday with aides.", Wednesday, "Friday", "2025-05-16");

    [Fact]
    public void A_participle_after_be_is_a_passive_not_past_tense()
    {
        TaggerAssert.Value("A new paper will be sat on Saturday, the minister said on Monday.", Wednesday, "Saturday", "2025-05-17");
        TaggerAssert.Value("The final is to be held Saturday, organisers said.", Wednesday, "Saturday", "2025-05-17");
        TaggerAssert.Value("The paper had been sat on Saturday.", Wednesday, "Saturday", "2025-05-10");
    }

    [Fact]
    public void A_participle_after_a_determiner_is_an_adjective_not_past_tense()
    {
        TaggerAssert.Value("The ministry would publish a revised toll on Monday after checking records.", Wednesday, "Monday", "2025-05-19");
        TaggerAssert.Value("The ministry published its count on Monday.", Wednesday, "Monday", "2025-05-12");
    }

    [Fact]
    public void Weekday_with_part_of_day_keeps_the_part()
        => TaggerAssert.Value("Protesters marched Friday night in the capital.", Wednesday, "Friday night", "2025-05-09TNI");

    [Fact]
    public void Weekday_with_date_uses_the_date()
        => TaggerAssert.Value("The strike began on Tuesday, May 6, in the port.", Wednesday, "Tuesday, May 6", "2025-05-06");
}

public class WeekdayWithDateTests
{
    [Fact]
    public void Weekday_picks_the_year_of_a_date_without_year()
        => TaggerAssert.Value("The firm will report results on Thursday, Feb. 6.", new DateOnly(2025, 5, 14), "Thursday, Feb. 6", "2025-02-06");

    [Fact]
    public void Late_weekday_keeps_the_qualifier_in_the_extent()
    {
        var hit = TaggerAssert.Single("Fighting resumed late Tuesday after a lull.", new DateOnly(2025, 5, 14), "late Tuesday");
        Assert.Equal("2025-05-13", hit.Value);
        Assert.Equal("END", hit.Mod);
    }
}
