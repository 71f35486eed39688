using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Events;

/// <summary>Acts news dates that blind probes found without an event: accidents, outbreaks of fighting, landfalls, votes.</summary>
public sealed class EventTriggerTests
{
    private static readonly DateOnly Published = new(2031, 5, 14);

    private static IReadOnlyList<Event> Events(string text) => TestEvents.Of(text, Published);

    [Theory]
    [InlineData("The fighting broke out on Sunday near a water point on the river.", "broke out", "2031-05-11")]
    [InlineData("The storm made landfall near the port late on Saturday.", "made landfall", "2031-05-10")]
    [InlineData("The ferry struck the breakwater shortly before midnight on Sunday.", "struck", "2031-05-11")]
    [InlineData("The new rules took effect on Monday across the region.", "took effect", "2031-05-12")]
    public void A_dated_act_of_these_verbs_is_an_event(string text, string verb, string date)
    {
        var e = Assert.Single(Events(text));

        Assert.Contains(verb, e.What, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith(date, e.When!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_in_a_relative_clause_dates_that_clause_not_the_sentences_event()
    {
        var e = Assert.Single(Events("Ana Roe, 61, who ran the port authority until her arrest in 2023, was sentenced on Wednesday to seven years."));

        Assert.Equal("2031-05-14", e.When!.Value);
    }

    [Fact]
    public void An_event_told_inside_a_relative_clause_keeps_its_own_date()
    {
        var e = Assert.Single(Events("Ana Roe, who was arrested in 2023, remains in custody in the capital."));

        Assert.Equal("2023", e.When!.Value);
    }

    [Theory]
    [InlineData("Members of the dockers' union walked out on Monday after talks collapsed.", "walked out", "2031-05-12")]
    [InlineData("The labour office called both sides to a mediation session in Tromso on Friday.", "mediation", "2031-05-")]
    [InlineData("The government said it would appeal the ruling next week.", "appeal", "2031-W")]
    public void Labour_action_sessions_and_appeals_are_events(string text, string trigger, string date)
    {
        var e = Assert.Single(Events(text));

        Assert.Contains(trigger, e.What, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith(date, e.When!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_trigger_with_a_date_of_its_own_is_a_second_event_of_the_sentence()
    {
        var events = Events("The committee is due to begin voting on the bill next month, and the unions said they would hold another national strike on June 3.");

        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.What.Contains("strike", StringComparison.Ordinal) && e.When!.Value == "2031-06-03");
    }

    [Fact]
    public void A_later_trigger_nearest_the_same_date_is_no_second_event()
    {
        Assert.Single(Events("The ferry struck the breakwater on Sunday, and the crash killed two crew."));
    }

    [Fact]
    public void A_second_event_past_a_trigger_that_shares_the_first_date_is_read_with_its_own_subject()
    {
        var events = Events("A fever outbreak has spread to 19 schools across the county, officials said Thursday, and a 4-year-old boy whose sister caught the disease in class died on Monday.");

        Assert.Contains(events, e => e.What == "A 4-year-old boy died on Monday" && e.When!.Value == "2031-05-12");
    }

    [Fact]
    public void With_no_name_before_the_verb_the_opening_words_are_who_acted_not_a_name_after_it()
    {
        var events = Events("The state's governor rejected that explanation on Wednesday, saying Harbour Gas Lines had postponed an inspection.");

        Assert.Contains(events, e => e.What.StartsWith("The state's governor rejected", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Schools in the city will stay shut until next Monday.", "2031-05-19")]
    [InlineData("Two more planes were expected to arrive by Friday.", "2031-05-16")]
    public void Closures_and_arrivals_are_events(string text, string date)
    {
        Assert.Contains(Events(text), e => e.When!.Value == date);
    }
}
