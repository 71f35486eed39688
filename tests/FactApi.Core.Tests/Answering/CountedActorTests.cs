namespace FactApi.Core.Tests.Answering;

/// <summary>
/// "How many Kyrgyz dead does Tajikistan claim?": the country inside what is counted is not who counts it.
/// Met in a blind probe of a border clash where each side counted the other's dead.
/// </summary>
public sealed class CountedActorTests
{
    private static readonly DateOnly AsOf = new(2031, 4, 5);

    private const string Clash =
        "Norway and Finland traded blame on Tuesday after a clash on their border. " +
        "Norway said more than 15 Finnish soldiers had been killed. " +
        "Finland said four of its soldiers had been killed and denied that its troops had crossed the line.";

    [Theory]
    [InlineData("How many Finnish soldiers does Norway say were killed?", 15)]
    [InlineData("How many Finnish soldiers does Finland say were killed?", 4)]
    [InlineData("How many Finnish soldiers were killed according to Finland?", 4)]
    public void The_actor_after_the_auxiliary_is_who_counts(string question, int expected)
    {
        var answer = TestArticle.Answerer(Clash).Ask(question, AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal(expected, answer.Body!.Value!["value"]!.GetValue<decimal>());
    }

    [Fact]
    public void A_body_the_speaker_phrase_gives_a_country_as_owner_speaks_for_that_country()
    {
        var answerer = TestArticle.Answerer(
            "Norway and Finland traded blame on Tuesday. Norway's State Border Service said four of its officers had been killed. " +
            "Sven Dahl, the Finnish ambassador to Norway, said two soldiers had been killed.");

        var answer = answerer.Ask("How many officers were killed according to Norway?", AsOf);
        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal(4, answer.Body!.Value!["value"]!.GetValue<decimal>());
        Assert.False(answerer.Ask("How many soldiers were killed according to Norway?", AsOf).Answered);
    }

    [Fact]
    public void A_body_of_the_country_speaks_for_it_only_when_the_question_asks_who_said_it()
    {
        var answerer = TestArticle.Answerer(
            "Norway and Finland traded blame on Tuesday. Finland said Norwegian forces had broken the truce more than 700 times. " +
            "The Norwegian Ministry of Defence said Finnish forces had broken the truce close to 500 times.");

        var doneBy = answerer.Ask("How many times did Norwegian forces break the truce?", AsOf);
        var saidBy = answerer.Ask("How many times was the truce broken according to Norway?", AsOf);

        Assert.Equal(700, doneBy.Body!.Value!["value"]!.GetValue<decimal>());
        Assert.Equal(500, saidBy.Body!.Value!["value"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("How many people marched according to the organisers?", 210_000)]
    [InlineData("How many people took part according to the organisers?", 210_000)]
    public void A_source_named_in_words_must_be_who_spoke(string question, int expected)
    {
        var answerer = TestArticle.Answerer(
            "Tens of thousands marched through Harnvik on Saturday. The organisers, a coalition of tenants' groups, said about 210,000 people took part. " +
            "Police put the number at about 45,000. The last march, in October, drew about 8,000 people according to police and 30,000 according to organisers.");

        var answer = answerer.Ask(question, AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal(expected, answer.Body!.Value!["value"]!.GetValue<decimal>());
    }

    [Fact]
    public void A_source_named_in_other_words_is_found_by_its_head()
    {
        var answerer = TestArticle.Answerer(
            "Rescuers were racing on Wednesday to reach miners trapped after part of the Varnok copper mine collapsed. " +
            "The operator said 17 employees were unaccounted for. " +
            "The Mineworkers Union of Tarrow said the real number of trapped workers was at least 26.");

        var answer = answerer.Ask("How many workers are trapped at Varnok according to the miners' union?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal(26, answer.Body!.Value!["value"]!.GetValue<decimal>());
        Assert.False(answerer.Ask("How many workers are trapped at Varnok according to the church?", AsOf).Answered);
        Assert.False(answerer.Ask("How many workers are trapped at Selby according to the miners' union?", AsOf).Answered);
    }

    [Fact]
    public void A_source_first_then_a_preposition_before_how_many_is_still_a_count_question()
    {
        var answerer = TestArticle.Answerer(
            "The ministry told the court that hearings had been held in all 47 counties. " +
            "Ana Roe, a senior counsel representing the petitioners, said records showed hearings took place in only nine counties.");

        var answer = answerer.Ask("According to the petitioners' lawyer, in how many counties did hearings take place?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal(9, answer.Body!.Value!["value"]!.GetValue<decimal>());
    }
}
