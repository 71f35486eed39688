using FactApi.Core.Answering;

namespace FactApi.Core.Tests.Answering;

/// <summary>Who did something and when a country did it: answered from what speakers say they did and from the countries an article names.</summary>
public sealed class ActTests
{
    private const string Text =
        "Port director Anselm Kravic said on Monday he had closed the north gate to all tankers. " +
        "Harbour pilot Jorun Bakke said she was dismissed by the harbour board in March. " +
        "Dock foreman Lars Holm said he would not sign the new rota. " +
        "Iceland joined the North Atlantic fisheries pact on March 3, officials said. " +
        "The minister recalled Iceland's withdrawal from the whaling commission on May 2, 2029.";

    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => TestArticle.Answerer(Text));

    [Fact]
    public void A_speaker_who_says_he_did_it_did_it()
    {
        var answer = Answerer.Value.Ask("Who closed the north gate?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("Anselm Kravic", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who dismissed Jorun Bakke?", "Jorun Bakke")]
    [InlineData("Who signed the new rota?", "Lars Holm")]
    public void A_speaker_to_whom_it_was_done_or_who_will_not_do_it_did_not(string question, string notTheAgent)
    {
        var answer = Answerer.Value.Ask(question, new DateOnly(2031, 4, 3));

        Assert.DoesNotContain(notTheAgent, answer.Body?.Text ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_no_curator_listed_is_asked_about_by_name()
    {
        var answer = Answerer.Value.Ask("When did Iceland join the fisheries pact?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("2031-03-03", answer.Body!.Value!.GetValue<string>());
    }

    [Fact]
    public void In_its_own_article_a_person_is_mentioned_by_forename()
    {
        var answerer = TestArticle.Answerer(
            "Port director Anselm Kravic said on Monday that the north gate would stay shut. " +
            "Harbour pilot Jorun Bakke said she had paid Anselm for the silt survey in March.");

        var answer = answerer.Ask("Who paid Anselm Kravic?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("Jorun Bakke", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_doer_of_a_dated_act_is_who_did_it()
    {
        var answerer = TestArticle.Answerer(
            "Harbour minister Ilse Varn paid tribute on Tuesday to the crew of the lost trawler. " +
            "The trawler Nordkap sank on Sunday off the north cape.");

        var answer = answerer.Ask("Who paid tribute to the crew?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("Ilse Varn", answer.Body!.Text);
    }
}
