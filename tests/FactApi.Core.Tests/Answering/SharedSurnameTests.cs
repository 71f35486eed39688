using FactApi.Core.Answering;

namespace FactApi.Core.Tests.Answering;

/// <summary>
/// A surname two stored people share, or a person one article named by surname alone, asked about by that surname:
/// each person is tried, and the one whose facts answer is the one meant. Invented names and articles.
/// </summary>
public sealed class SharedSurnameTests
{
    private static readonly Lazy<QuestionAnswerer> Answerer = new(() =>
    {
        var first = TestArticle.Extract(
            "Maren Holtby said the ferry would run again in May. " +
            "Jon Holtby warned that fuel prices would rise before the summer.");
        var second = TestArticle.Extract("\"The harbour fees are fair,\" Holtby insisted.");
        return new QuestionAnswerer(new FactSnapshot([.. first.Actors, .. second.Actors], [.. first.Events, .. second.Events], [.. first.Claims, .. second.Claims], []));
    });

    [Theory]
    [InlineData("What did Holtby warn?", "jon-holtby", "fuel prices would rise")]
    [InlineData("What did Holtby say about the ferry?", "maren-holtby", "the ferry would run again")]
    [InlineData("What did Holtby insist?", "holtby", "The harbour fees are fair")]
    public void The_person_whose_facts_answer_is_the_one_meant(string question, string speaker, string content)
    {
        var answer = Answerer.Value.Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal(speaker, answer.Body!.Value!["speaker"]!.GetValue<string>());
        Assert.Contains(content, answer.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_none_of_them_answers_is_not_known()
    {
        var answer = Answerer.Value.Ask("What did Holtby say about the tax on fishing boats?", new DateOnly(2031, 4, 3));

        Assert.False(answer.Answered);
    }
}
