using FactApi.Core.Answering;

namespace FactApi.Core.Tests.Answering;

/// <summary>
/// Who a question asks about when it names them by what the story calls them: "the utility" of "The municipal utility,
/// Aguas de Torrelisa (AT), says", "Brennan's lawyer" of "Brennan's lawyer, Ines Vale of the Fair Trials Office,", a
/// country's "central bank governor"; a bare count that takes what it counts from the count before it; and an event
/// whose sentence describes the person asked of without naming them. Invented names and figures.
/// </summary>
public sealed class DescribedSourcesTests
{
    private const string Text =
        "MERIDA (Harbour Wire Service) - Chile's Court of Appeal on Wednesday quashed the fraud conviction of a Delford accountant who had spent six years in prison. " +
        "Owen Brennan, 52, was jailed in 2025 for stealing from a pension fund.\n" +
        "Brennan's lawyer, Ines Vale of the Fair Trials Office, said Brennan would seek compensation of at least $3 million.\n" +
        "The municipal utility, Aguas de Torrelisa Norte (ATN), says 145 tanker trucks are delivering water. " +
        "Councillor Rosa Ibarra says only about 70 were on the streets on Tuesday.\n" +
        "Police estimated the crowd at about 300 people; organisers said more than 1,000 had taken part.\n" +
        "The reservoir stood at 6.2% of capacity, the utility's director, Humberto Garza Leal, said. " +
        "Garza said 92% of homes had received water on Tuesday.\n" +
        "Governor Tomas Arvelo, 57, told reporters the central bank would cut rates again.";

    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => TestArticle.Answerer(Text));

    [Theory]
    [InlineData("How many tanker trucks are delivering water, according to the utility?", "145 tanker trucks")]
    [InlineData("How many trucks are on the streets, according to Rosa Ibarra?", "about 70 trucks")]
    [InlineData("How many people took part, according to organisers?", "more than 1,000 people")]
    [InlineData("How much compensation will Brennan's lawyer seek?", "Ines Vale: at least $3 million")]
    [InlineData("What share of homes received water, according to Garza?", "92%")]
    public void The_source_asked_of_is_found_by_what_the_story_calls_it(string question, string expected)
    {
        var answer = Answerer.Value.Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains(expected, answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_speakers_counts_of_the_same_thing_are_both_the_answer_when_nobody_is_asked_of()
    {
        var answer = Answerer.Value.Ask("How many people took part?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("more than 1,000 people", answer.Body!.Text, StringComparison.Ordinal);
        Assert.Contains("about 300 people", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_asked_of_whoever_said_it_has_one_side()
    {
        var answerer = TestArticle.Answerer(
            "Police said they had arrested 19 people after the march. A police spokeswoman, Ana Bell, said two people had been arrested at the station.");
        var answer = answerer.Ask("How many people did police say they arrested?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("19 people", answer.Body!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(";", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_speakers_two_counts_are_not_two_sides()
    {
        var answerer = TestArticle.Answerer("Organisers said about 300 people marched in the morning and more than 1,000 people marched in the afternoon.");
        var answer = answerer.Ask("How many people marched?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.DoesNotContain(";", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_whose_sentence_describes_the_person_without_naming_them_is_theirs()
    {
        var answer = Answerer.Value.Ask("When did the Court of Appeal quash Owen Brennan's conviction?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("2 April 2031", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_of_another_named_person_is_not_the_one_asked_of()
    {
        var answerer = TestArticle.Answerer(
            "The Court of Appeal on Wednesday quashed the conviction of Mara Quill. Owen Brennan, 52, was jailed in 2025 for stealing from a pension fund.");

        Assert.False(answerer.Ask("When did the Court of Appeal quash Owen Brennan's conviction?", new DateOnly(2031, 4, 3)).Answered);
    }

    [Fact]
    public void A_countrys_office_is_found_in_a_story_about_the_country()
    {
        var answer = Answerer.Value.Ask("How old is Chile's central bank governor?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("Tomas Arvelo: 57", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_possessive_nobody_is_described_by_leaves_the_person_named()
    {
        var answer = Answerer.Value.Ask("How old is Brennan?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("Owen Brennan: 52", answer.Body!.Text, StringComparison.Ordinal);
    }
}
