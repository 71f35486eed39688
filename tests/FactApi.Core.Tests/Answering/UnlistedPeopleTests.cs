using FactApi.Core.Answering;

namespace FactApi.Core.Tests.Answering;

/// <summary>People no curator listed, as most speakers in real articles are: asked about by full name or surname.</summary>
public sealed class UnlistedPeopleTests
{
    private const string Text =
        "Harbour union spokeswoman Odile Marchetti said the strike would end on Friday. " +
        "Port director Anselm Kravic warned that the cranes were unsafe. " +
        "Marchetti warned that the night ferries would stop. " +
        "Kravic said the HX-7 dredger had been idle since March. " +
        "Dock foreman Lars Holm, 61, said the night shift would resume. " +
        "Kravic said Marchetti had ignored the safety reports. " +
        "He said 40 cranes stood idle in the north basin. " +
        "Police said the harbour road would reopen on Monday. " +
        "\"The tide decides,\" said Jorun Bakke, a longtime pilot for the harbour board who guides the tankers in.";

    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => TestArticle.Answerer(Text));

    [Theory]
    [InlineData("What did Odile Marchetti say?", "the strike would end on Friday")]
    [InlineData("What did Marchetti say?", "the strike would end on Friday")]
    [InlineData("What did Kravic warn?", "the cranes were unsafe")]
    [InlineData("What did Marchetti warn?", "the night ferries would stop")]
    [InlineData("What did Kravic say about the HX-7 dredger?", "the HX-7 dredger had been idle")]
    [InlineData("What did Kravic say about Odile Marchetti?", "Marchetti had ignored the safety reports")]
    [InlineData("What did police say?", "the harbour road would reopen")]
    [InlineData("What did police report?", "the harbour road would reopen")]
    [InlineData("What does Jorun Bakke expect?", "The tide decides")]
    public void A_person_is_found_by_full_name_or_surname(string question, string content)
    {
        var answer = Answerer.Value.Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains(content, answer.Body!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did harbour officials say about Kravic?", "Kravic had closed the north gate")]
    [InlineData("What did Kravic's stepmother say?", "he would come home by Easter")]
    public void A_question_may_name_whom_the_speaker_speaks_of_rather_than_the_speaker(string question, string content)
    {
        var answerer = TestArticle.Answerer(
            "Port director Anselm Kravic warned that the cranes were unsafe. " +
            "Harbour officials said Kravic had closed the north gate without notice. " +
            "Kravic's stepmother said he would come home by Easter.");

        var answer = answerer.Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains(content, answer.Body!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("come home", answerer.Ask("What did Kravic say?", new DateOnly(2031, 4, 3)).Body?.Text ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did the port director deny?", "the cranes had been sold")]
    [InlineData("What did the Tarrow port director deny?", "the cranes had been sold")]
    [InlineData("What did the harbour union spokeswoman say?", "the strike would end on Friday")]
    public void A_speaker_named_in_the_question_by_office_alone_is_found_by_the_words_that_name_them(string question, string content)
    {
        var answerer = TestArticle.Answerer(
            "Dock workers in Tarrow walked out on Monday. Harbour union spokeswoman Odile Marchetti said the strike would end on Friday. " +
            "Port director Anselm Kravic denied that the cranes had been sold. " +
            "\u201CTarrow port is safe and will stay safe,\u201D the port director told reporters in Tarrow. " +
            "Dock foreman Lars Holm said the port director had sold two cranes.");

        var answer = answerer.Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains(content, answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_person_written_with_and_without_a_middle_initial_in_two_articles_is_one()
    {
        var answerer = TestArticle.Answerer(
            ("Harbour pilot Orvil K. Tarrant, 44, of Tromsdal, said the channel had silted up.", new DateOnly(2031, 4, 2)),
            ("Orvil Tarrant said the dredger would come on Monday. Tarrant warned that the ferries would stop.", new DateOnly(2031, 4, 3)));

        var age = answerer.Ask("How old is Orvil Tarrant?", new DateOnly(2031, 4, 4));
        var said = answerer.Ask("What did Orvil K. Tarrant warn?", new DateOnly(2031, 4, 4));

        Assert.True(age.Answered, age.Reason);
        Assert.StartsWith("Orvil Tarrant: 44 years old", age.Body!.Text, StringComparison.Ordinal);
        Assert.True(said.Answered, said.Reason);
        Assert.Contains("the ferries would stop", said.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_people_with_different_middle_initials_stay_two()
    {
        var answerer = TestArticle.Answerer(
            ("Orvil K. Tarrant, 44, said the channel had silted up.", new DateOnly(2031, 4, 2)),
            ("Orvil B. Tarrant, 61, said the dredger would come on Monday.", new DateOnly(2031, 4, 3)));

        var age = answerer.Ask("How old is Orvil B. Tarrant?", new DateOnly(2031, 4, 4));

        Assert.True(age.Answered, age.Reason);
        Assert.StartsWith("Orvil B. Tarrant: 61 years old", age.Body!.Text, StringComparison.Ordinal);
    }

    // Police said the harbour road would reopen: nobody is said to have closed it, and saying it would reopen is not reopening it.
    [Theory]
    [InlineData("Who closed the harbour road?")]
    [InlineData("Who reopened the harbour road?")]
    public void Who_did_a_thing_nobody_reported_doing_is_not_known(string question)
    {
        var answer = Answerer.Value.Ask(question, new DateOnly(2031, 4, 3));

        Assert.False(answer.Answered, answer.Body?.Text);
    }

    [Fact]
    public void A_claim_made_by_a_pronoun_names_the_person_it_stands_for()
    {
        var answer = Answerer.Value.Ask("How many cranes stood idle?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.StartsWith("Anselm Kravic: 40 cranes", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_old_a_person_is_comes_from_the_age_after_their_name()
    {
        var answer = Answerer.Value.Ask("How old is Lars Holm?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.StartsWith("Lars Holm: 61 years old", answer.Body!.Text, StringComparison.Ordinal);
        Assert.Contains("Holm, 61,", answer.Evidence[0].Sentence, StringComparison.Ordinal);
        Assert.False(Answerer.Value.Ask("How old is Odile Marchetti?", new DateOnly(2031, 4, 3)).Answered);
    }

    [Theory]
    [InlineData("How old is Mira Vasko?", "Mira Vasko: 44 years old")]
    [InlineData("How old is Pavel Sund?", "Pavel Sund: 34 years old")]
    [InlineData("How old is Ines Ferro?", "Ines Ferro: 52 years old")]
    [InlineData("How old is Tarn Velik?", "Tarn Velik: 77 years old")]
    public void An_age_in_an_apposition_or_before_the_name_is_read(string question, string text)
    {
        var answerer = TestArticle.Answerer(
            "\"The cranes are old,\" said Mira Vasko, a 44-year-old crane driver who has worked the night shift since May. " +
            "34-year-old Pavel Sund said the ferry would sail at dawn. " +
            "Harbour pilot Ines Ferro, aged 52, said the channel had silted up. " +
            "The 6-year-old son of Pavel Sund was rescued from the quay. " +
            "Mira Vasko said she hoped to follow the pilot Tarn Velik, who at 77 is about to sail the strait again.");

        var answer = answerer.Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.StartsWith(text, answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surname_nobody_has_is_not_known()
    {
        var answer = Answerer.Value.Ask("What did Petrossian say?", new DateOnly(2031, 4, 3));

        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData("Who is Jorun Bakke?", "longtime pilot for the harbour board")]
    [InlineData("Who is Anselm Kravic?", "Port director")]
    [InlineData("Who directs the port?", "Anselm Kravic, Port director")]
    public void Who_is_a_person_is_answered_from_how_the_article_describes_them(string question, string description)
    {
        var answer = Answerer.Value.Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains(description, answer.Body!.Text, StringComparison.Ordinal);
    }
}
