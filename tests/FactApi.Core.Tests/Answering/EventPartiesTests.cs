using FactApi.Core.Extraction;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Answering;

/// <summary>
/// Events whose sentence names their parties only indirectly: as "both sides", through an office holder, or by the
/// organisation's own name. Met in blind probes (a lake fishing deal, a rate decision, a sports congress).
/// </summary>
public sealed class EventPartiesTests
{
    private static readonly DateOnly AsOf = new(2031, 4, 5);

    private const string Talks =
        "Norway and Finland agreed on Tuesday to resume talks over fishing rights in the Barents Sea. " +
        "Norway said it wanted a deal before the summer. Finland said its boats had been turned away. " +
        "Delegations from both sides will meet in Tromso on April 20 to draw up patrol maps.";

    [Fact]
    public void Both_sides_in_an_event_sentence_are_the_articles_two_parties()
    {
        var meeting = Assert.Single(TestArticle.Extract(Talks).Events, e => e.When?.Value == "2031-04-20");

        Assert.Contains("norway", meeting.Actors);
        Assert.Contains("finland", meeting.Actors);
        Assert.Equal("2031-04-20", TestArticle.Answerer(Talks).Ask("When will Norway and Finland meet in Tromso?", AsOf).Body?.Value?.GetValue<string>());
    }

    [Fact]
    public void Both_sides_are_the_parties_the_article_joins_by_and_not_a_mediator_named_as_often()
    {
        const string mediated =
            "Norway and Finland agreed on Tuesday to resume talks mediated by Sweden. " +
            "Sweden said the talks had gone well. Sweden will host the next round, and Sweden will chair it. " +
            "Delegations from both sides will meet in Malmo on April 20.";
        var meeting = Assert.Single(TestArticle.Extract(mediated).Events, e => e.When?.Value == "2031-04-20");

        Assert.Contains("norway", meeting.Actors);
        Assert.Contains("finland", meeting.Actors);
        Assert.DoesNotContain("sweden", meeting.Actors);
    }

    [Fact]
    public void Helpers_the_article_joins_by_and_once_are_not_its_parties()
    {
        const string fires =
            "Wildfires in Norway have killed 14 people, Norway's disaster agency said on Tuesday. " +
            "Sweden and Finland sent firefighting planes. Norway declared a state of emergency. " +
            "The fires broke out on Saturday near the town of Alta.";
        var start = Assert.Single(TestArticle.Extract(fires).Events, e => e.Evidence.Sentence.StartsWith("The fires broke out", StringComparison.Ordinal));

        Assert.Equal(["norway"], start.Actors);
    }

    [Fact]
    public void Both_sides_name_no_party_of_an_article_about_one()
    {
        var facts = TestArticle.Extract("Floods hit Norway on Monday. Norway said 12 people had died. Both sides of the river will be cleared by Friday.");

        Assert.All(facts.Events, e => Assert.DoesNotContain("finland", e.Actors));
        Assert.DoesNotContain(facts.Events, e => e.Actors.Count(a => a is "norway") > 1);
    }

    [Fact]
    public void An_event_of_an_office_holder_is_an_event_of_the_body_they_serve()
    {
        var answer = TestArticle.Answerer(
            "The Central Bank of Varnia cut its main rate on Tuesday. Central Bank of Varnia Governor Ilse Brandt said the board would next meet on May 6.")
            .Ask("When will the Central Bank of Varnia meet next?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("2031-05-06", answer.Body!.Value!.GetValue<string>());
    }

    [Fact]
    public void The_words_of_an_events_party_describe_the_event()
    {
        var answer = TestArticle.Answerer("That question will come up when the International Rowing Union holds its congress in Vienna on June 9.")
            .Ask("When is the rowing union's congress?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("2031-06-09", answer.Body!.Value!.GetValue<string>());
    }

    [Fact]
    public void A_headline_names_what_the_story_is_about_for_its_events()
    {
        const string text = "The draft deal, reached late on Monday in Tromso, would create a single fishing permit. The talks lasted two days.";
        var source = new Source("lake", SourceKind.Article, "https://example.test/lake", "Norway and Finland agree on Lake Inari fishing deal", null, TestArticle.Published, null, FactCounts.None);
        var facts = new FactExtractor([]).Extract(new ExtractionInput(source.Id, source.Url, source.Title, TestArticle.Published, text), source);
        var answerer = TestArticle.AnswererOver(facts);

        var answer = answerer.Ask("When was the Lake Inari draft deal reached?", AsOf);
        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("2031-03-31", answer.Body!.Value!.GetValue<string>());
        Assert.False(answerer.Ask("When was the Lake Saimaa draft deal reached?", AsOf).Answered);
    }

    [Fact]
    public void An_event_naming_no_actor_is_the_story_partys()
    {
        const string cuts =
            "Harbour Motion AG said on Wednesday it would cut 2,400 jobs. Harbour Motion AG shares fell 6%. " +
            "Talks between management and the works council are due to begin next Tuesday.";

        var answer = TestArticle.Answerer(cuts).Ask("When will Harbour Motion's management and works council start negotiating?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("2031-04-08", answer.Body!.Value!.GetValue<string>());
    }

    [Fact]
    public void The_words_of_a_sentence_telling_of_one_event_count_more_than_half()
    {
        var answerer = TestArticle.Answerer("A Dutch court ruled on Monday that the government's freeze on family reunification was unlawful.");

        var answer = answerer.Ask("On what day was the family reunification freeze declared unlawful?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("2031-03-31", answer.Body!.Value!.GetValue<string>());
        Assert.False(answerer.Ask("On what day was the fishing ban declared unlawful?", AsOf).Answered);
    }

    [Fact]
    public void A_question_of_what_will_happen_asks_of_a_date_after_the_story_even_when_asked_much_later()
    {
        var answerer = TestArticle.Answerer(
            "Tens of thousands of people marched through Harnvik on Sunday to demand cheaper housing. " +
            "Their last protest in Harnvik, in September 2030, ended in clashes with police. " +
            "The organisers plan another protest in Harnvik on June 27.");

        var answer = answerer.Ask("When will the Harnvik protest be?", new DateOnly(2031, 12, 1));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("2031-06-27", answer.Body!.Value!.GetValue<string>());
    }

    [Fact]
    public void A_question_of_the_next_one_is_not_answered_by_the_storys_own_day()
    {
        var answerer = TestArticle.Answerer(
            "A national strike against the pension plan shut the port of Harnvik on Wednesday. " +
            "The committee is due to begin voting on the bill next month, and the unions said they would hold another national strike on June 3.");

        var answer = answerer.Ask("When are the unions planning their next national strike?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("2031-06-03", answer.Body!.Value!.GetValue<string>());
        Assert.Equal("2031-06-03", answerer.Ask("When are the Harnvik unions planning their next national strike?", AsOf).Body?.Value?.GetValue<string>());
        Assert.Equal("2031-04-02", answerer.Ask("On what day did the national strike shut the port of Harnvik?", AsOf).Body?.Value?.GetValue<string>());
    }

    [Fact]
    public void An_organisation_called_by_its_head_noun_takes_part_in_the_event()
    {
        var answer = TestArticle.Answerer(
            "The Harbour Policy Committee cut its main rate on Tuesday. The Varnia Finance Ministry welcomed the cut. " +
            "The Varnia Finance Ministry said growth would pick up, and the Varnia Finance Ministry said prices were steady. " +
            "The committee's next meeting is scheduled for May 26.")
            .Ask("When is the Harbour Policy Committee's next meeting?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("2031-05-26", answer.Body!.Value!.GetValue<string>());
    }

    [Fact]
    public void A_question_of_when_something_started_is_its_first_day_in_the_story()
    {
        var answerer = TestArticle.Answerer(
            "Wildfires in the north of Norway have killed at least 14 people, the disaster agency said on Wednesday. " +
            "The fires broke out on Saturday in pine plantations near the town of Alta. " +
            "Norway's deadliest fires, in February 2029, killed more than 130 people.");

        var answer = answerer.Ask("When did the wildfires in the north of Norway start?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("2031-03-29", answer.Body!.Value!.GetValue<string>());
    }
}
