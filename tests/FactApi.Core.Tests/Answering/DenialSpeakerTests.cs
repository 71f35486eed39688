using FactApi.Core.Answering;

namespace FactApi.Core.Tests.Answering;

/// <summary>"Who denied that ...?": the speaker whose claim has that cue, about an organisation however the claim refers to it.</summary>
public sealed class DenialSpeakerTests
{
    private static readonly DateOnly AsOf = new(2031, 8, 7);

    private const string Text =
        "Fever deaths in Arden rise to 40\n\nARDEN, Aug 6 (Probe Wire) - The Department of Fisheries recorded 40 deaths from harbour fever by Wednesday. " +
        "Dr. Pell Oskarsen, who heads the Arden Coalition for Clean Harbours, said the coalition had counted at least 61 deaths, including sailors who died at sea. " +
        "Fisheries Secretary Jorun Bakke denied that the department was hiding deaths. " +
        "The department said it had handed out about 9,000 doses of medicine.";

    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => TestArticle.Answerer(Text));

    [Fact]
    public void Who_denied_is_the_speaker_whose_cue_is_the_denial()
    {
        var answer = Answerer.Value.Ask("Who denied that the Department of Fisheries was hiding deaths?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("Jorun Bakke", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_that_says_the_department_is_about_the_department_named_before()
    {
        var answer = Answerer.Value.Ask("How many doses of medicine did the Department of Fisheries hand out?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.True(answer.Body!.Text.Contains("9,000", StringComparison.Ordinal), answer.Body.Text);
    }

    [Fact]
    public void Who_warned_asks_for_a_warning_and_none_was_given()
    {
        var answer = Answerer.Value.Ask("Who warned that the Department of Fisheries was hiding deaths?", AsOf);

        Assert.False(answer.Answered);
    }

    [Fact]
    public void A_denial_whose_sentence_does_not_name_the_country_but_its_article_does_answers_who_denied()
    {
        var answerer = TestArticle.Answerer(
            "Norvania starts filling dam\n\nOSLAND, Feb 12 (Probe Wire) - Norvania began filling the Tarn reservoir on Monday, and Estmark protested. " +
            "Energy Minister Pell Oskarsen denied that any agreement had been violated, saying the filling plan was shared last year.");

        var answer = answerer.Ask("Who denied that Norvania had broken the water agreement?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("Pell Oskarsen", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_head_of_an_organisation_is_its_president()
    {
        var answerer = TestArticle.Answerer(
            "Pill recall row\n\nOSLAND, Feb 12 (Probe Wire) - The Arden Patients Union, which represents people with heart disease, disputed the count. " +
            "\"The company is counting what it wants to count,\" said Pell Oskarsen, the union's president.");

        var answer = answerer.Ask("What did the head of the Arden Patients Union say?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("counting what it wants", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_equal_claims_of_one_article_the_one_it_tells_first_answers_whatever_order_the_store_holds()
    {
        var set = TestArticle.Extract("Landslide toll\n\nPell Oskarsen, who chairs the village council, said at least 60 people were missing. " +
            "Oskarsen said the police list left out seasonal workers from other districts.");
        // A store returns a partition in the order of its keys, not the article's.
        var answerer = new QuestionAnswerer(new FactSnapshot(set.Actors, set.Events, [.. set.Claims.Reverse()], []));

        var answer = answerer.Ask("What does Pell Oskarsen say?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("60 people", answer.Body!.Text, StringComparison.Ordinal);
    }
}
