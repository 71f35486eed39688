using FactApi.Core.Answering;

namespace FactApi.Core.Tests.Answering;

/// <summary>
/// Dated acts news reports beyond meetings and attacks: detentions, hospital admissions, an exam sat again, an
/// appeal heard, a forfeit, a deadline closing, bookings opening, an engine shut down, layoffs announced and a rally planned. Invented names; published Wednesday 2 April 2031.
/// </summary>
public sealed class ScheduledEventsTests
{
    private const string Text =
        "Police in Corvel detained three people on Monday over the leaked exam paper. " +
        "A replacement paper will be sat on Saturday, the exams board said. " +
        "A 41-year-old ferry worker was admitted to hospital in Corvel on Sunday with a fever. " +
        "Skater Tobin Arke was forfeited in the ninth round on Saturday after a phone was found on him. " +
        "Arke has appealed to a three-member panel, which will hear the case on Friday. " +
        "The delay hurts clubs, with the transfer window closing at 11pm next Tuesday. " +
        "Bookings for the Corvel ferry will open at 7 a.m. Pacific time on May 3. " +
        "The crew of a Corvel Air plane shut down an engine on Sunday. " +
        "Halvard Interactive will lay off 230 people, the company announced on Tuesday. " +
        "The dockers' union plans a rally outside the terminal on Thursday at noon.";

    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => TestArticle.Answerer(Text));

    [Theory]
    [InlineData("When did police detain people over the leak?", "31 March 2031")]
    [InlineData("When will students sit the replacement paper?", "5 April 2031")]
    [InlineData("When was the ferry worker admitted to hospital?", "30 March 2031")]
    [InlineData("When was Tobin Arke forfeited?", "29 March 2031")]
    [InlineData("When will Arke's appeal be heard?", "4 April 2031")]
    [InlineData("When does the transfer window close?", "8 April 2031")]
    [InlineData("When do bookings for the Corvel ferry open?", "3 May 2031")]
    [InlineData("When did the Corvel Air crew shut down an engine?", "30 March 2031")]
    [InlineData("When did Halvard Interactive announce the layoffs?", "1 April 2031")]
    [InlineData("When is the dockers' union rally?", "3 April 2031")]
    public void The_act_is_dated(string question, string expected)
    {
        var answer = Answerer.Value.Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains(expected, answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_before_a_name_and_a_light_verb_are_not_what_the_event_must_say()
    {
        var answer = TestArticle.Answerer(
            "Judge Mariela Quiroga of the Federal Civil Court No. 4 halted the auction of the composer's manuscripts on Wednesday. " +
            "Quiroga ordered both sides to appear at a hearing on April 9, when she will decide whether to extend the suspension.")
            .Ask("When will Judge Quiroga hold the next hearing on the manuscripts?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("9 April 2031", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The new parking rules will come into force on 1 June 2031, the council said.", "When do the new parking rules come into force?", "1 June 2031")]
    [InlineData("The last Saturday letter round will take place on May 7, the postal operator said.", "When is the last Saturday letter round?", "7 May 2031")]
    public void What_comes_into_force_or_takes_place_is_dated(string text, string question, string expected)
    {
        var answer = TestArticle.Answerer(text).Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains(expected, answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void When_something_was_announced_is_the_day_it_was_said_not_the_day_it_will_happen()
    {
        var answer = TestArticle.Answerer(
            "The transport ministry said on Monday that it would extend the night-bus trial to six more towns from September.")
            .Ask("When did the transport ministry announce it would extend the night-bus trial?", new DateOnly(2031, 4, 5));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("on 31 March 2031", answer.Body!.Text);
    }

    [Theory]
    [InlineData("When do applications for the grant close?", "on 31 July 2031")]
    [InlineData("When do applications for the grant open?", "on 12 May 2031")]
    public void Two_dated_verbs_of_one_sentence_each_take_the_date_nearest_them(string question, string expected)
    {
        var answer = TestArticle.Answerer("Applications for the peat grant will open on Monday, 12 May and close on Thursday, 31 July, the department said.")
            .Ask(question, new DateOnly(2031, 4, 5));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal(expected, answer.Body!.Text);
    }

    [Fact]
    public void An_open_day_is_an_event()
    {
        var answer = TestArticle.Answerer("Visitors will be able to see the dig at a free open day on Saturday 5 April, between 10am and 3pm.")
            .Ask("When is the open day at the dig?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("on 5 April 2031", answer.Body!.Text);
    }

    [Fact]
    public void Close_as_an_adjective_dates_nothing()
    {
        var facts = TestArticle.Extract("Ilse Varga, a close aide of the mayor, resigned on Monday.");

        Assert.DoesNotContain(facts.Events, e => e.What.Contains("close", StringComparison.OrdinalIgnoreCase));
    }
}
