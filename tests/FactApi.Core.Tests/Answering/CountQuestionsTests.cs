using FactApi.Core.Answering;

namespace FactApi.Core.Tests.Answering;

/// <summary>
/// What a "how many/much" question asks beyond the thing counted: what happened to it ("have died"), and money
/// rather than a share ("How much money did X lose?"). And "When did Norway close the bridge?" answered by the
/// Norwegian agency that closed it. Invented names and figures.
/// </summary>
public sealed class CountQuestionsTests
{
    private const string Text =
        "HALDEN, Norway - The Norwegian Coastal Roads Agency shut the Kvalsund Bridge on Monday after inspectors found broken cable wires. " +
        "Farmer Ansel Brook, 64, said he had to leave 60 sheep behind when the water rose. " +
        "The farmers' union said at least 300 sheep had died in the flood. " +
        "Shares in Velkan Marine have lost about 18% this year, brokers said. " +
        "Velkan Marine reported a net loss of $12.5 million for the quarter, its finance chief Ida Rusk said. " +
        "Skater Liv Orm finished with 7.5 points from 9 rounds and collected the first prize of $20,000. " +
        "Brakvik Salmon Ltd said the storm had killed about 40,000 fish at its pens. " +
        "Growers are being paid 38,000 dong per culled duck. " +
        "The exams board said it had found the photos in fewer than 300 group chats. " +
        "Norway's transport minister will answer questions about the closure in parliament, a committee spokesperson said.";

    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => TestArticle.Answerer(Text));

    [Theory]
    [InlineData("How many sheep have died in the flood?", "300 sheep")]
    [InlineData("How much money did Velkan Marine lose in the quarter?", "$12.5 million")]
    [InlineData("How much prize money did Liv Orm collect?", "$20,000")]
    [InlineData("When did Norway close the Kvalsund Bridge?", "2031")]
    [InlineData("How many fish did the storm kill, according to the company?", "about 40,000 fish")]
    [InlineData("How much are growers compensated for each culled duck?", "38,000 dong")]
    [InlineData("How widely were the photos shared, according to the exams board?", "fewer than 300")]
    public void The_question_gets_the_fact_it_asks_for(string question, string expected)
    {
        var answer = Answerer.Value.Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains(expected, answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_of_the_same_thing_that_says_nothing_of_what_happened_to_it_is_no_answer()
    {
        // Ansel Brook left 60 sheep behind; nothing says how many of them died.
        var answer = Answerer.Value.Ask("How many of Ansel Brook's sheep have died?", new DateOnly(2031, 4, 3));

        Assert.False(answer.Answered, answer.Body?.Text);
    }

    [Theory]
    [InlineData("How much did Lotus spend on running the trial?", "spend")]
    [InlineData("How many sheep have died in the flood?", "died")]
    [InlineData("How much was the proposed deal worth?", null)]
    [InlineData("How much is Kanemori paying for Alpenbio?", null)]
    public void The_verb_of_a_count_question_is_found_with_or_without_a_counted_noun(string question, string? verb) =>
        Assert.Equal(verb, new QuestionParser([]).Parse(question, new DateOnly(2031, 4, 3)).CountVerb);

    [Fact]
    public void A_range_is_answered_with_both_its_ends()
    {
        var answerer = TestArticle.Answerer("The port authority said the repairs would cost between $8 million and $11 million.");
        var answer = answerer.Ask("How much will the repairs cost?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("between $8 million and $11 million", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_countrys_body_does_not_act_for_the_country_asked_of()
    {
        var answerer = TestArticle.Answerer(
            "The Swedish Transport Agency shut the Lidvik Bridge on Monday after inspectors found cracks. " +
            "Norway's transport minister said the closure would hurt trade, a committee spokesperson said.");

        Assert.True(answerer.Ask("When did the Swedish Transport Agency shut the Lidvik Bridge?", new DateOnly(2031, 4, 3)).Answered);
        Assert.False(answerer.Ask("When did Norway close the Lidvik Bridge?", new DateOnly(2031, 4, 3)).Answered);
    }

    [Fact]
    public void A_body_named_with_a_trade_word_is_not_the_company()
    {
        var answerer = TestArticle.Answerer("Harbour Aid International said 40 volunteers had come to help clear the quay.");

        Assert.True(answerer.Ask("How many volunteers came to help, according to Harbour Aid International?", new DateOnly(2031, 4, 3)).Answered);
        Assert.False(answerer.Ask("How many volunteers came to help, according to the company?", new DateOnly(2031, 4, 3)).Answered);
    }

    [Theory]
    [InlineData("How many cows have died from the ash?", "died")]
    [InlineData("How much rose oil did Bulgaria export last year?", "export")]
    [InlineData("How many flights has the airline cancelled?", "cancelled")]
    [InlineData("How many birds have been culled, according to the farmers?", "culled")]
    [InlineData("How many tests does his manager say the runner passed?", "passed")]
    [InlineData("How many children took part in the trial?", null)]
    [InlineData("How many cases were recorded nationwide?", "recorded")]
    public void The_verb_of_a_count_question_is_read_after_its_auxiliary(string question, string? verb)
    {
        var parsed = new QuestionParser([]).Parse(question, new DateOnly(2031, 4, 3));

        Assert.Equal(verb, parsed.CountVerb);
    }

    [Theory]
    [InlineData("How many cows have died from the ash?", false)]
    [InlineData("How many birds have been culled, according to the farmers?", true)]
    [InlineData("How many tests does his manager say the runner passed?", true)]
    public void A_count_someone_is_said_to_give_is_reported(string question, bool reported) =>
        Assert.Equal(reported, new QuestionParser([]).Parse(question, new DateOnly(2031, 4, 3)).CountVerbReported);

    [Theory]
    [InlineData("How much money did the club lose?", NumberFit.Money)]
    [InlineData("How much prize money did she win?", NumberFit.Money)]
    [InlineData("How much did the club lose?", NumberFit.Amount)]
    [InlineData("What share of homes have sewers?", NumberFit.Amount)]
    [InlineData("How much did prices rise in March?", NumberFit.Amount)]
    [InlineData("What number of families received compensation?", NumberFit.Any)]
    public void Money_questions_want_money_not_a_share(string question, NumberFit fit) =>
        Assert.Equal(fit, new QuestionParser([]).Parse(question, new DateOnly(2031, 4, 3)).Fit);

    [Fact]
    public void A_share_written_per_cent_is_answered_as_written()
    {
        var answer = TestArticle.Answerer("Federation director Hakon Lien said a survey found that 81 per cent of racers supported the rule.")
            .Ask("What share of racers support the rule?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.EndsWith("81 per cent", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_is_no_verb_the_count_must_use()
    {
        var answer = TestArticle.Answerer("A petition opposing the new bus timetable collected more than 1,100 signatures, organisers said.")
            .Ask("How many signatures did the petition against the timetable get?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("1,100 signatures", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_s_share_in_a_story_about_a_country_need_not_name_it()
    {
        var answer = TestArticle.Answerer(
            "Zambia said on Monday that its economy depends on copper. " +
            "Dr Ada Kessel, an economist in the capital, says copper still accounts for more than 70% of all exports.")
            .Ask("What share of Zambia's exports does Kessel say comes from copper?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("70%", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many people were evacuated after the gas leak?", "about 2,400 residents")]
    [InlineData("How many people went to hospital after the gas leak?", "at least 17 people")]
    public void What_happened_to_them_beside_a_number_decides_before_the_noun_that_counts_them(string question, string expected)
    {
        var answer = TestArticle.Answerer(
            "A gas leak at a fertiliser plant forced the overnight evacuation of about 2,400 residents and sent at least 17 people to hospital, regional authorities said on Thursday.")
            .Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains(expected, answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_the_lead_tells_of_before_naming_them_is_the_person_named_next()
    {
        var answerer = TestArticle.Answerer(
            "By Ada Lind, Court Reporter\n\n" +
            "A man who flew a drone over the Tromsdal ferry terminal on three nights has been jailed for 14 months.\n\n" +
            "Oskar Brenne, 41, of Halden, told the court he had not meant to endanger the ferries.");

        var answer = answerer.Ask("How long was Oskar Brenne jailed for?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("14 months", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_the_lead_tells_of_is_no_one_named_paragraphs_later()
    {
        var answerer = TestArticle.Answerer(
            "A man who flew a drone over the Tromsdal ferry terminal on three nights has been jailed for 14 months. " +
            "The ferry operator said its crossings had been stopped for six hours in all. " + string.Concat(Enumerable.Repeat("The harbour board said the terminal would add radar cover to its lights. ", 6)) +
            "Oskar Brenne, 41, of Halden, who chairs the harbour board, said the cover was overdue.");

        var answer = answerer.Ask("How long was Oskar Brenne jailed for?", new DateOnly(2031, 4, 3));

        Assert.False(answer.Answered, answer.Body?.Text);
    }

    [Theory]
    [InlineData("The Harbour Workers Alliance said more than 4,000 of its members had walked out since the strike began on Monday.", null)]
    [InlineData("The Harbour Workers Alliance said more than 4,000 of its members had walked out since the strike began on Monday. In 2019, about 3,000 dockworkers struck for a week, the alliance said.", "about 3,000")]
    public void A_year_the_question_writes_must_be_the_count_s(string text, string? expected)
    {
        var answer = TestArticle.Answerer(text).Ask("How many dockworkers took part in the 2019 port strike?", new DateOnly(2031, 4, 3));

        Assert.Equal(expected is not null, answer.Answered);
        if (expected is not null)
        {
            Assert.Contains(expected, answer.Body!.Text, StringComparison.Ordinal);
        }
    }
}
