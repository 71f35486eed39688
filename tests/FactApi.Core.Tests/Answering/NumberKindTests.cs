using FactApi.Core.Answering;

namespace FactApi.Core.Tests.Answering;

/// <summary>"How much" before a verb asks an amount and "how long" a length of time: another number is no answer.</summary>
public sealed class NumberKindTests
{
    private const string Text =
        "The harbour minister said the dredging programme would cost $4 billion and run for six years. " +
        "Prosecutors said the two developers ran an eight-year scheme that cheated investors. " +
        "Nearly half the money, $90 million, came from 14 families that gave $2 million or more each. " +
        "Another $8 million in harbour money went to the ferry fund. " +
        "In March, port unions raised $3.5 million for the strike. " +
        "Many dockers have heard that 20 ships leave the harbour each day. " +
        "Nearly 10% of the population of Tromsdal is Sorbian. " +
        "The unemployment rate in the port district remained at 4.7 percent last month. " +
        "Brennic Holdings is paying an interim dividend of 4.6 crowns, up 15% from 4 crowns a year earlier. " +
        "The ferry fire on Tuesday killed 31 people, including nine Norvanians, and injured more than 400 people. " +
        "In a harbour survey, 62 percent of those asked said they did not trust the ferry line, and only 21 percent backed its owners. " +
        "Divers said the wreck lay about 40 metres below the surface of the fjord. " +
        "The harbour board paid a fine of $2 million over the spill. " +
        "Brennic Holdings said it would cut 2,400 jobs after swinging to a net loss in its second quarter. " +
        "Brennic Holdings reported a net loss of 212 million euros for the quarter. " +
        "Police put the crowd at about 45,000 people, while the organisers said 210,000 had marched. " +
        "Wildfires in the Varn hills have killed at least 14 people and forced thousands from their homes, the fire agency said. " +
        "The dockers' union said about 2,300 of the union's roughly 2,600 members had joined the stoppage. " +
        "The weather service says a gust of 87mph was recorded at the harbour mouth, the highest so far. " +
        "The port said a 2.3kg parcel fell from a drone onto the quay.";

    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => TestArticle.Answerer(Text));

    [Theory]
    [InlineData("How much will the dredging programme cost?", "$4 billion")]
    [InlineData("How long will the dredging programme run?", "six years")]
    [InlineData("How many families gave 2 million dollars or more?", "14 families")]
    [InlineData("How much money did the port unions raise in March?", "$3.5 million")]
    [InlineData("How many ships leave the harbour each day?", "20 ships")]
    [InlineData("What share of Tromsdal's population is Sorbian?", "Nearly 10%")]
    [InlineData("What was the unemployment rate in the port district?", "4.7 percent")]
    [InlineData("What is Brennic Holdings' interim dividend?", "4.6 crowns")]
    [InlineData("How many people were injured in the ferry fire?", "more than 400 people")]
    [InlineData("What was the strongest gust recorded at the harbour mouth?", "87mph")]
    [InlineData("How heavy was the parcel that fell on the quay?", "2.3kg")]
    [InlineData("How many people were killed in the ferry fire?", "31 people")]
    [InlineData("How many Norvanians were killed in the ferry fire?", "nine Norvanians")]
    [InlineData("What percent of those asked did not trust the ferry line?", "62 percent")]
    [InlineData("What percent backed the owners of the ferry line?", "21 percent")]
    [InlineData("How far below the surface of the fjord did the wreck lie?", "about 40 metres")]
    [InlineData("How big was the fine the harbour board paid?", "$2 million")]
    [InlineData("What was Brennic Holdings' net loss in the second quarter?", "212 million euros")]
    [InlineData("What crowd size did the police give?", "about 45,000")]
    [InlineData("How many people have died in the wildfires?", "at least 14 people")]
    [InlineData("According to the dockers' union, how many of its members have joined the stoppage?", "about 2,300")]
    public void The_number_of_the_kind_asked_answers(string question, string number)
    {
        var answer = Answerer.Value.Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        // The number answered follows the speaker ("the article: 31 people"), or is the speaker ("62 percent of those
        // asked"): "62 percent of those asked: 21 percent" answers with the 21.
        var text = answer.Body!.Text;
        Assert.True(text.Contains(": " + number, StringComparison.Ordinal) || (text.StartsWith(number, StringComparison.Ordinal) && !text.Contains(": ", StringComparison.Ordinal)), text);
    }

    [Fact]
    public void The_articles_own_voice_is_nobodys_answer_to_who_said_it()
    {
        var answer = Answerer.Value.Ask("Who reported that 20 ships leave the harbour each day?", new DateOnly(2031, 4, 3));

        Assert.False(answer.Answered, answer.Body?.Text);
    }

    [Fact]
    public void A_share_reads_as_its_number_alone()
    {
        var answer = Answerer.Value.Ask("What share of Tromsdal's population is Sorbian?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.EndsWith(": Nearly 10%", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_length_of_time_does_not_answer_how_much()
    {
        var answer = Answerer.Value.Ask("How much did the developers cheat investors?", new DateOnly(2031, 4, 3));

        Assert.False(answer.Answered, answer.Body?.Text);
    }

    [Fact]
    public void A_speaker_no_actor_is_linked_to_is_answered_in_its_own_words()
    {
        var answer = Answerer.Value.Ask("Who said the dredging programme would cost $4 billion?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("The harbour minister", answer.Body!.Text);
    }

    [Fact]
    public void A_count_whose_words_say_its_unit_is_not_followed_by_the_unit_again()
    {
        var answer = TestArticle.Answerer("Police said rescuers had recovered 23 bodies by Monday afternoon.")
            .Ask("How many bodies have police recovered?", new DateOnly(2031, 4, 5));

        Assert.True(answer.Answered, answer.Reason);
        Assert.EndsWith(": 23 bodies", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_is_no_count_of_people()
    {
        var answerer = TestArticle.Answerer(
            "The last strike at the Varn mine, in 2029, ended with a deal that gave workers a 4% raise. " +
            "The company said fewer than 1,400 workers were on strike.");

        var answer = answerer.Ask("How many workers does the mine's owner say are on strike?", new DateOnly(2031, 4, 5));

        Assert.Equal(1_400m, answer.Body?.Value?["value"]?.GetValue<decimal>());
    }

    [Fact]
    public void A_length_of_time_or_the_two_sides_is_no_count_of_people()
    {
        var answerer = TestArticle.Answerer(
            "Norway and Finland accused each other on Tuesday of starting two days of fighting that killed soldiers on both sides. " +
            "The two sides agreed to talks, the Norwegian army said.");

        var answer = answerer.Ask("How many soldiers were killed?", new DateOnly(2031, 4, 5));

        Assert.False(answer.Answered, answer.Body?.Text);
        Assert.True(answerer.Ask("How many days did the fighting last?", new DateOnly(2031, 4, 5)).Answered);
    }

    [Fact]
    public void How_large_asks_a_size_and_a_length_of_time_is_no_answer()
    {
        var answerer = TestArticle.Answerer("The locust agency said the largest swarm would keep breeding for six weeks. " +
            "The locust agency said the largest swarm covered about 60 square kilometres.");

        var answer = answerer.Ask("How large is the largest locust swarm, according to the agency?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("60", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_written_onto_its_number_is_not_written_again()
    {
        var answer = Answerer.Value.Ask("How heavy was the parcel that fell on the quay?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.EndsWith(": 2.3kg", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_long_something_lasts_with_no_length_told_is_the_day_it_lasts_until()
    {
        var answer = TestArticle.Answerer("Harwood Foods said on Wednesday that its Leeds plant would remain shut until Monday while inspectors examine the tank.")
            .Ask("How long will the Harwood Foods plant stay shut?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("until 7 April 2031", answer.Body!.Text);
    }
}
