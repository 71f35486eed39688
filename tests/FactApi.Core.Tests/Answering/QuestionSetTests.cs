using FactApi.Core.Answering;
using FactApi.TestSupport.Answering;

namespace FactApi.Core.Tests.Answering;

/// <summary>
/// The question set (TestSupport/Answering/questions.json) asked of the curated facts: answers must be right and
/// cited, and what the facts do not say must be declined. Functions tests ask the same file over HTTP.
/// </summary>
public sealed class QuestionSetTests
{
    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => new QuestionAnswerer(CuratedSnapshot.Value));

    public static TheoryData<string> Answerable => QuestionSet.Rows(answerable: true);

    public static TheoryData<string> Unanswerable => QuestionSet.Rows(answerable: false);

    [Theory]
    [MemberData(nameof(Answerable))]
    public void Answers_from_the_facts_with_evidence_that_holds_the_answer(string question)
    {
        var expected = QuestionSet.Find(question);

        var answer = Answerer.Value.Ask(question, QuestionSet.AsOf);

        Assert.True(answer.Answered, answer.Reason);
        var (type, said, sentences) = Said(answer);
        Assert.True(expected.IsRight(type, said, sentences), expected.Explain(type, said, sentences));
    }

    [Theory]
    [MemberData(nameof(Unanswerable))]
    public void Declines_what_the_facts_do_not_say_with_a_reason(string question)
    {
        var answer = Answerer.Value.Ask(question, QuestionSet.AsOf);

        Assert.False(answer.Answered, $"answered '{answer.Body?.Text}'");
        Assert.False(string.IsNullOrWhiteSpace(answer.Reason));
        Assert.Empty(answer.Evidence);
    }

    internal static (string Type, string Said, IReadOnlyList<string> Sentences) Said(Answer answer) =>
        (answer.Body!.Type, answer.Body.Text + " " + answer.Body.Value?.ToJsonString(), answer.Evidence.Select(e => e.Sentence).ToList());
}
