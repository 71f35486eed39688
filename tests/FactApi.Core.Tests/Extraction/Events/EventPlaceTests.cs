using FactApi.Core.Extraction;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Events;

public sealed class EventPlaceTests
{
    [Fact]
    public void The_place_right_after_the_trigger_is_the_events_place_not_the_first_place_named()
    {
        const string text = "Leaders in Harnvik\n\nEnvoys from Velmar and Ostrava, calling themselves a coalition, visited Harnvik on Saturday to back the talks.\n";
        var registry = ActorRegistry.Parse("""{"actors":[{"id":"velmar","name":"Velmar","kind":"country","aliases":[]}]}""");
        var published = new DateOnly(2031, 5, 11);
        var source = new Source("visit", SourceKind.Article, "https://example.test/v", null, null, published, null, FactCounts.None);

        var set = new FactExtractor(registry).Extract(new ExtractionInput("visit", source.Url, null, published, text), source);

        var visit = Assert.Single(set.Events);
        Assert.Equal("Harnvik", visit.Place);
        Assert.Equal("2031-05-10", visit.When!.Value);
    }

    private static IReadOnlyList<Event> Events(string text) => TestEvents.Of(text, new DateOnly(2031, 5, 11));

    [Fact]
    public void A_place_after_city_of_is_where_the_event_was()
    {
        var found = Assert.Single(Events("Velmar, Ostrava and the Arden Republic formally joined the Harbour League on Friday at a ceremony held in the city of Harnvik, Arden."));

        Assert.Equal("Harnvik", found.Place);
        Assert.StartsWith("Velmar, Ostrava and the Arden Republic joined", found.What, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_after_a_locative_word_is_not_who_acted()
    {
        var found = Assert.Single(Events("Police in Harnvik arrested two dock workers on Friday."));

        Assert.DoesNotContain("Harnvik arrested", found.What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The dispute may be settled at a court hearing on June 2, lawyers for the port said.", "hearing", "2031-06-02")]
    [InlineData("Her sister Caridad Holtby was the first to reach Tromsdal, arriving in 1966.", "arriving", "1966")]
    [InlineData("The harbour inquiry concluded on Wednesday after the Arden council voted to end it.", "concluded", "2031-05-07")]
    [InlineData("Divers unearthed a rusted anchor on April 8 near the old pier.", "unearthed", "2031-04-08")]
    [InlineData("An appeals court ruling on the pier is expected in June.", "ruling", "2031-06")]
    public void Hearings_arrivals_findings_conclusions_and_rulings_are_events(string text, string trigger, string when)
    {
        var found = Assert.Single(Events(text));

        Assert.Contains(trigger, found.What, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(when, found.When!.Value);
    }

    [Fact]
    public void The_name_a_sentence_opens_with_is_the_subject_across_its_apposition()
    {
        var found = Assert.Single(Events("Orvil Tarrant, a 52-year-old pilot who was the mainstay of Tromsdal's only ferry line, was shot on the night of April 23 as he stood on the quay."));

        Assert.StartsWith("Orvil Tarrant shot", found.What, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_named_only_to_date_another_by_takes_no_date_of_the_other_clause()
    {
        var events = Events("The tally was thrown into doubt on Monday, a day after the vote, when the commission halted the count.");

        Assert.DoesNotContain(events, e => e.What.Contains("vote", StringComparison.OrdinalIgnoreCase) && e.When!.Value == "2031-05-05");
    }

    [Fact]
    public void An_event_named_to_date_another_by_keeps_a_date_written_right_after_it()
    {
        var found = Assert.Single(Events("The ballots were recounted after the vote on May 3."));

        Assert.Equal("2031-05-03", found.When!.Value);
    }

    [Theory]
    [InlineData("Velmar accused Ostrava on Wednesday of breaking a two-week-old ceasefire.")]
    [InlineData("The ministry said Monday that the ceasefire was holding.")]
    public void The_date_of_a_saying_does_not_date_the_event_it_tells_of(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.What.Contains("ceasefire", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_date_of_its_own_dates_an_event_told_of_in_a_saying()
    {
        var found = Assert.Single(Events("Velmar said on Monday that the talks would open in Harnvik on May 15."));

        Assert.Contains("talks", found.What, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("2031-05-15", found.When!.Value);
    }

    [Fact]
    public void An_event_named_only_to_date_another_by_is_not_the_one_dated()
    {
        var found = Assert.Single(Events("The van was seen near the pier in the weeks before the shooting, and was found burnt out in Tromsdal in March."));

        Assert.Contains("found", found.What, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("shooting", found.What, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("2031-03", found.When!.Value);
    }

    [Fact]
    public void A_verb_after_a_dash_without_spaces_is_found()
    {
        var visit = Assert.Single(Events("Leaders in Harnvik\n\nEnvoys from three ports\u2014calling themselves the \u201Charbour group\u201D\u2014visited Harnvik on Saturday.\n"));

        Assert.Contains("visited", visit.What, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("2031-05-10", visit.When!.Value);
    }

    [Fact]
    public void The_date_nearest_the_trigger_is_the_events_and_a_holiday_is_no_place()
    {
        var events = Events("Truce offers\n\nThe council ignored an offer made at Easter and another during the harbour commemorations in April.\n");

        var commemorations = Assert.Single(events);
        Assert.Equal("2031-04", commemorations.When!.Value);
        Assert.NotEqual("Easter", commemorations.Place);
    }

    [Theory]
    [InlineData("The Arden Council put the old ferry on its list of protected vessels on Monday.", "2031-05-05", "put")]
    [InlineData("The Arden Council has decided to admit three new ferry lines in early June.", "2031-06", "decided")]
    [InlineData("The Arden Council will close the north basin on May 20.", "2031-05-20", "close")]
    public void A_dated_act_no_trigger_names_is_an_event(string sentence, string when, string verb)
    {
        var e = Assert.Single(Events("Harbour news\n\n" + sentence + "\n"));

        Assert.Equal(when, e.When!.Value);
        Assert.Contains(verb, e.What, StringComparison.Ordinal);
        Assert.Contains("arden-council", e.Actors);
    }

    [Fact]
    public void An_act_before_a_noun_trigger_is_what_the_sentence_dates()
    {
        var e = Assert.Single(Events("Harbour news\n\nThe Arden Council paid tribute on Tuesday to the victims of the bombing.\n"));

        Assert.StartsWith("Arden Council paid", e.What, StringComparison.Ordinal);
    }

    [Fact]
    public void A_noun_trigger_that_holds_the_date_stays_the_event()
    {
        var e = Assert.Single(Events("Harbour news\n\nThe Arden Council condemned the bombing of the ferry terminal on March 3.\n"));

        Assert.Equal("Bombing", e.What);
        Assert.Equal("2031-03-03", e.When!.Value);
    }

    [Theory]
    [InlineData("The Arden Council said on Monday that the ferries were safe.")]
    [InlineData("The Arden Council was busy on Monday.")]
    [InlineData("The Arden Council has owned the pier since 2029.")]
    public void Saying_a_mere_auxiliary_or_a_state_since_a_date_is_no_act(string sentence)
    {
        Assert.Empty(Events("Harbour news\n\n" + sentence + "\n"));
    }

    [Fact]
    public void A_name_that_modifies_a_noun_is_not_the_place()
    {
        var e = Assert.Single(Events("Harbour news\n\nA bomb exploded outside the U.S. embassy on Friday.\n"));

        Assert.Null(e.Place);
    }

    [Fact]
    public void Where_someone_described_comes_from_is_not_the_place()
    {
        var e = Assert.Single(Events("Chess news\n\nThe round was marred by the forfeit of Tobin Arke, a 23-year-old master from Corvel, on Saturday.\n"));

        Assert.Null(e.Place);
    }

    [Fact]
    public void A_place_after_from_in_an_opening_phrase_is_still_the_place()
    {
        var e = Assert.Single(Events("Aid news\n\nIn the morning, an aid convoy was sent from Corvel on Monday.\n"));

        Assert.Equal("Corvel", e.Place);
    }

    [Fact]
    public void An_event_after_a_dateline_is_its_subjects_not_the_datelines_place()
    {
        var e = Assert.Single(Events("Chess news\n\nTROMSDAL, Arden \u2014 Tobin Arke won the Harbour Open on Sunday.\n"));

        Assert.StartsWith("Tobin Arke won", e.What, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capitalised_trigger_inside_a_name_is_no_event()
    {
        Assert.Empty(Events("Museum news\n\nThe Harbour War Museum has stood beside the pier since 2029.\n"));
    }

    [Fact]
    public void A_dated_act_is_an_event_that_answers_when()
    {
        const string text = "The Arden High Court on Friday rejected the harbour board's appeal against the strike ruling.";
        var published = new DateOnly(2031, 5, 11);
        var source = new Source("e", SourceKind.Article, "https://example.test/e", null, null, published, null, FactCounts.None);
        var set = new FactExtractor([]).Extract(new ExtractionInput("e", source.Url, null, published, text), source);

        var rejected = Assert.Single(set.Events);
        Assert.Contains("rejected", rejected.What, StringComparison.Ordinal);
        Assert.Equal("2031-05-09", rejected.When!.Value);
        var answer = TestArticle.AnswererOver(set).Ask("When did the court reject the appeal?", published);
        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("9 May 2031", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_name_after_a_verb_that_takes_no_place_is_not_where_the_event_is()
    {
        var events = Events("The Arden court on Friday rejected Norway's appeal at a hearing in Tromsdal.");

        Assert.Equal("Tromsdal", Assert.Single(events).Place);
    }

    [Fact]
    public void An_act_planned_by_a_subject_no_name_gives_is_an_event()
    {
        var found = Assert.Single(Events("The bank will publish its quarterly monetary policy report next Wednesday."));

        Assert.StartsWith("The bank publish", found.What, StringComparison.Ordinal);
        Assert.Equal("2031-05-14", found.When!.Value);
    }

    [Fact]
    public void A_past_act_of_a_subject_no_name_gives_is_no_event()
    {
        Assert.Empty(Events("The fire burnt through 38,000 hectares on Monday."));
    }
}
