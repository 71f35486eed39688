using FactApi.Core.Extraction.Claims;

namespace FactApi.Core.Tests.Extraction.Claims;

public sealed class NumberExtractorTests
{
    [Theory]
    [InlineData("The blasts killed more than 200 people, including 12 Americans, and wounded over 5,000.", 5000, "more than", "people")]
    [InlineData("The fire killed 31 people and injured 400 in the old town.", 400, null, "people")]
    public void A_count_after_a_verb_counts_what_the_count_before_it_did(string text, double value, string? qualifier, string unit)
    {
        var number = NumberExtractor.Find(text)[^1];
        Assert.Equal(((decimal)value, qualifier, unit), (number.Value, number.Qualifier, number.Unit));
    }

    [Fact]
    public void A_count_carried_over_from_the_count_before_it_ends_at_its_own_words()
    {
        var number = NumberExtractor.Find("The fires have killed at least 14 people and forced thousands from their homes.")[^1];

        Assert.Equal(("thousands", "people"), (number.Text, number.Unit));
    }

    [Theory]
    [InlineData("The union said the real number of trapped workers was at least 26.", 26, "at least", "workers")]
    [InlineData("The total of confirmed cases has now risen to 140.", 140, null, "cases")]
    [InlineData("The number of dead stood at 12.", 12, null, "dead")]
    public void A_number_a_clause_names_the_number_of_counts_that_noun(string text, double value, string? qualifier, string unit)
    {
        var number = Assert.Single(NumberExtractor.Find(text));

        Assert.Equal(((decimal)value, qualifier, unit), (number.Value, number.Qualifier, number.Unit));
    }

    [Theory]
    [InlineData("The number of workers who said they were tired was 26.")]
    [InlineData("A number of ministers visited the site on 12 May.")]
    public void A_number_far_from_the_number_of_counts_nothing(string text)
    {
        Assert.Empty(NumberExtractor.Find(text));
    }

    [Fact]
    public void A_count_in_another_sentence_counts_nothing_it_did_not_name()
    {
        Assert.Single(NumberExtractor.Find("The fire killed 31 people. The town lost 400 in May."));
    }

    [Theory]
    [InlineData("the port counted more than 1,200 stranded containers", 1200, "more than", "containers")]
    [InlineData("some 800 newly trained pilots", 800, "about", null)]
    [InlineData("Nearly 40 ferries were cancelled", 40, "almost", "ferries")]
    [InlineData("at least 3 bridges closed", 3, "at least", "bridges")]
    [InlineData("about 12 Harbourtown officials resigned", 12, "about", "officials")]
    [InlineData("a 45-day moratorium", 45, null, "day")]
    [InlineData("the expulsion of more than 5,000 minority Sorbs from the valley", 5000, "more than", "sorbs")]
    [InlineData("some 300 refugee families", 300, "about", "families")]
    [InlineData("the rules for the country's 29 local electricity distribution companies", 29, null, "companies")]
    [InlineData("owned by two local community trusts", 2, null, "trusts")]
    [InlineData("which runs two cholera treatment centres in the city", 2, null, "centres")]
    [InlineData("a grant of $2.5 billion", 2_500_000_000, null, "USD")]
    [InlineData("turnout rose to 61 percent", 61, null, "percent")]
    [InlineData("81 per cent of racers backed the rule", 81, null, "percent")]
    [InlineData("up to three ships", 3, "up to", "ships")]
    [InlineData("Twenty-nine people were injured", 29, null, "people")]
    [InlineData("about 1500 troops crossed", 1500, "about", "troops")]
    [InlineData("some seventeen trawlers", 17, "about", "trawlers")]
    [InlineData("He spent six days aboard the Salyut 6 spacecraft", 6, null, "days")]
    [InlineData("Some 500 people crossed", 500, "about", "people")]
    [InlineData("The blast killed dozens, including 12 Norvanians, in the square", 12, null, "norvanians")]
    [InlineData("Officials deported five Ostrians and a Weldish trader", 5, null, "ostrians")]
    [InlineData("about 30 Marines died", 30, "about", "marines")]
    [InlineData("put the figure at no more than 0.9 nanograms", 0.9, "up to", "nanograms")]
    [InlineData("well over 60 homes", 60, "more than", "homes")]
    [InlineData("closer to 9,000 people had fled", 9000, "about", "people")]
    [InlineData("the repair could cost £3m", 3_000_000, null, "GBP")]
    [InlineData("a deal worth £1.4bn", 1_400_000_000, null, "GBP")]
    [InlineData("a gust of 94mph was recorded", 94, null, "mph")]
    [InlineData("about 2.4m people live there", 2_400_000, "about", "people")]
    [InlineData("with about 4km of the climb left", 4, "about", "kilometres")]
    [InlineData("the water reached 400m from the houses", 400, null, "metres")]
    public void Numbers_keep_value_qualifier_and_unit(string text, double value, string? qualifier, string? unit)
    {
        var number = Assert.Single(NumberExtractor.Find(text));

        Assert.Equal((decimal)value, number.Value);
        Assert.Equal(qualifier, number.Qualifier);
        Assert.Equal(unit, number.Unit);
        Assert.Contains(number.Text, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The vote is on March 15 in Harbourtown.")]
    [InlineData("Talks last took place in 2019.")]
    [InlineData("Earlier offers, including one linked to the spring holiday, were refused.")]
    [InlineData("Of the 40 recorded, most were minor.")]
    [InlineData("The EB-5 program draws investors.")]
    [InlineData("In a 2013 memo, the agency asked for the 2016 election results.")]
    [InlineData("The F-16 jets and the Covid-19 cases were discussed.")]
    [InlineData("The crew flew aboard the Soyuz 36 capsule and a Boeing 737 jet.")]
    [InlineData("In 2016 Republicans won the seat.")]
    public void Dates_years_and_numbers_that_count_nothing_are_not_counts(string text)
    {
        Assert.Empty(NumberExtractor.Find(text));
    }

    [Theory]
    [InlineData("The state set up a A$25 million relief fund.", 25_000_000, "AUD")]
    [InlineData("Ottawa pledged C$3 billion for the line.", 3_000_000_000, "CAD")]
    [InlineData("The deal is worth US$40 million.", 40_000_000, "USD")]
    [InlineData("The fund holds NZ$7.5 billion.", 7_500_000_000, "NZD")]
    public void Dollars_of_other_countries_keep_their_currency(string text, double value, string unit)
    {
        var number = Assert.Single(NumberExtractor.Find(text));

        Assert.Equal((decimal)value, number.Value);
        Assert.Equal(unit, number.Unit);
    }

    [Theory]
    [InlineData("at least nine of her party's 14 deputies would vote against", 9, "at least")]
    [InlineData("two of the 14 ferries sank", 2, null)]
    public void A_part_of_a_counted_whole_counts_what_the_whole_does(string text, double part, string? qualifier)
    {
        var numbers = NumberExtractor.Find(text);

        Assert.Equal(2, numbers.Count);
        Assert.Equal(((decimal)part, qualifier), (numbers[0].Value, numbers[0].Qualifier));
        Assert.Equal(numbers[1].Unit, numbers[0].Unit);
    }

    [Theory]
    [InlineData("Kenya says they arrested 420 of its fishermen last year", 420, null, "fishermen")]
    [InlineData("at least 38 of their crew members are still held", 38, "at least", "members")]
    [InlineData("four of its border guards had died", 4, null, "guards")]
    [InlineData("two of the world's largest lenders", 2, null, "lenders")]
    public void A_part_of_a_group_counts_the_group(string text, double value, string? qualifier, string unit)
    {
        var number = Assert.Single(NumberExtractor.Find(text));

        Assert.Equal(((decimal)value, qualifier, unit), (number.Value, number.Qualifier, number.Unit));
    }

    [Theory]
    [InlineData("She is one of the country's best-known lawyers.")]
    [InlineData("Three of the company's plant was shut.")]
    public void A_part_of_no_counted_group_counts_nothing(string text)
    {
        Assert.Empty(NumberExtractor.Find(text));
    }

    [Theory]
    [InlineData("A caller phoned the helpline at about 10.40 last night.")]
    [InlineData("The paper will be sat at 9.30am on Friday.")]
    [InlineData("A caller phoned at approximately 10.40, police said.")]
    [InlineData("The first images appeared at 22:15 GMT.")]
    public void A_time_of_day_is_no_number(string text) => Assert.Empty(NumberExtractor.Find(text));

    [Theory]
    [InlineData("Shares rose 10.40 percent on the day.", 10.40)]
    [InlineData("The index closed at 10.40 euros.", 10.40)]
    [InlineData("The fertility rate fell to 1.26 last year.", 1.26)]
    public void A_decimal_that_is_no_time_of_day_is_kept(string text, double value) =>
        Assert.Contains(NumberExtractor.Find(text), n => n.Value == (decimal)value);
}
