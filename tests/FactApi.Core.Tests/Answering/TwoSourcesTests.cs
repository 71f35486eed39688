using FactApi.Core.Answering;

namespace FactApi.Core.Tests.Answering;

/// <summary>
/// One question asked of two sources ("according to the union and according to the operator", "Do the union and the
/// operator agree on ...?") gets each one's answer.
/// </summary>
public sealed class TwoSourcesTests
{
    private static readonly DateOnly AsOf = new(2031, 6, 20);

    private const string Text =
        "Arden dock strike strands ships\n\nARDEN, June 17 (Probe Wire) - A strike by dock workers at Arden's container terminal entered its tenth day on Wednesday. " +
        "The Arden Dock Workers Union said on Tuesday that 46 vessels were waiting outside the port. " +
        "Harbour operator Kestrel Terminals said 31 vessels were waiting and that some had been diverted.";

    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => TestArticle.Answerer(Text));

    [Fact]
    public void Each_source_named_gets_its_own_count()
    {
        var answer = Answerer.Value.Ask("How many ships are waiting outside the port, according to the union and according to the harbour operator?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("list", answer.Body!.Type);
        Assert.Contains("46", answer.Body.Text, StringComparison.Ordinal);
        Assert.Contains("31", answer.Body.Text, StringComparison.Ordinal);
        Assert.Equal(2, answer.Evidence.Count);
    }

    [Theory]
    [InlineData("How many ships are waiting, according to the union and according to the operator?", "How many ships are waiting, according to the union?", "How many ships are waiting, according to the operator?", true)]
    [InlineData("How big was the spill according to the company, and the regulator?", "How big was the spill, according to the company?", "How big was the spill, according to the regulator?", false)]
    public void A_question_of_two_sources_splits_into_one_for_each(string question, string first, string second, bool certain)
    {
        var split = TwoSources.Split(question);

        Assert.Equal((first, second, certain, (string?)null), split);
    }

    [Theory]
    [InlineData("Do the union and the operator agree on how many ships are waiting?", "how many ships are waiting, according to the union?", "how many ships are waiting, according to the operator?", "how many ships are waiting?")]
    [InlineData("Do growers and packers agree on production costs?", "How much are production costs, according to growers?", "How much are production costs, according to packers?", "How much are production costs?")]
    public void Whether_two_sides_agree_asks_each_and_the_question_alone(string question, string first, string second, string alone) =>
        Assert.Equal((first, second, true, alone), TwoSources.Split(question));

    [Fact]
    public void Per_a_source_asks_as_according_to_does()
    {
        var answer = Answerer.Value.Ask("How many vessels were waiting per the union and per Kestrel Terminals?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("list", answer.Body!.Type);
        Assert.Contains("46", answer.Body.Text, StringComparison.Ordinal);
        Assert.Contains("31", answer.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Whether_two_sides_agree_is_answered_with_both_counts_even_when_one_side_is_not_found_by_its_name()
    {
        var answer = Answerer.Value.Ask("Do the dockers and the harbour operator agree on how many vessels were waiting?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("list", answer.Body!.Type);
        Assert.Contains("46", answer.Body.Text, StringComparison.Ordinal);
        Assert.Contains("31", answer.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_of_one_source_does_not_split() =>
        Assert.Null(TwoSources.Split("How many ships are waiting outside the port, according to the union?"));

    [Theory]
    [InlineData("Who rejected the company's explanation, and what did they say instead?", "Who rejected the company's explanation?")]
    [InlineData("What wage rise is the union seeking, and what has the operator offered?", "What wage rise is the union seeking?")]
    public void Two_questions_joined_by_and_give_the_first_alone(string question, string first) =>
        Assert.Equal(first, TwoSources.FirstOfTwo(question));

    [Fact]
    public void A_question_with_and_inside_it_is_not_two() =>
        Assert.Null(TwoSources.FirstOfTwo("When did Norvania and Estmark sign the water deal?"));

    [Fact]
    public void When_two_questions_together_find_nothing_the_first_is_answered()
    {
        var answer = Answerer.Value.Ask("How many vessels did the union say were waiting outside the port, and what fines did the mayor's commission propose for illegal fishing?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("46", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did the police and the residents agree on whether crime rose?", "What did the police say about crime rose?", "What did the residents say about crime rose?")]
    [InlineData("Do Hartley and Molefe agree that prices will recover?", "What did Hartley say about prices will recover?", "What did Molefe say about prices will recover?")]
    public void Whether_two_sides_agree_on_a_matter_asks_what_each_said_about_it(string question, string first, string second) =>
        Assert.Equal((first, second, true, (string?)null), TwoSources.Split(question));

    [Fact]
    public void A_rebuttal_in_other_words_is_the_other_side()
    {
        // Orsini's words share none of the question's; he is the other side because he answers Duval next to her claim.
        var answerer = TestArticle.Answerer(
            "The race jury said on Sunday that the barrier on the final bend had been marked with a red flag. " +
            "Its president, Claire Duval, said the barrier had been marked clearly and a marshal had stood beside it. " +
            "Team manager Paolo Orsini rejected that. \"There was nothing there, nobody waving, nothing at all,\" Orsini said. " +
            "Organisers said 140 riders started the race.");

        var answer = answerer.Ask("Did Duval and Orsini agree on whether the barrier was marked?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("list", answer.Body!.Type);
        Assert.Contains("Claire Duval", answer.Body.Text, StringComparison.Ordinal);
        Assert.Contains("nobody waving", answer.Body.Text, StringComparison.Ordinal);
    }
}
