using System.Text.Json;
using FactApi.Functions.Tests.Support;
using FactApi.TestSupport.Answering;

namespace FactApi.Functions.Tests.Answering;

/// <summary>
/// The whole question set (TestSupport/Answering/questions.json, the file the Core tests ask of the curated facts)
/// asked of /api/ask over real HTTP on the dev host's curated sample: right answers with evidence that holds them,
/// and a reason for every question the sample cannot answer.
/// </summary>
public sealed class QuestionSetOverHttpTests(SampleApi api) : IClassFixture<SampleApi>
{
    public static TheoryData<string> Answerable => QuestionSet.Rows(answerable: true);

    public static TheoryData<string> Unanswerable => QuestionSet.Rows(answerable: false);

    [Theory]
    [MemberData(nameof(Answerable))]
    public async Task Answers_from_the_facts_with_evidence_that_holds_the_answer(string question)
    {
        var expected = QuestionSet.Find(question);

        var answer = await AskAsync(question);

        Assert.True(answer.GetProperty("answered").GetBoolean(), answer.ToString());
        var body = answer.GetProperty("answer");
        var type = body.GetProperty("type").GetString()!;
        var said = body.GetProperty("text").GetString() + " " + body.GetProperty("value").GetRawText();
        var sentences = answer.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("sentence").GetString()!).ToList();
        Assert.True(expected.IsRight(type, said, sentences), expected.Explain(type, said, sentences));
    }

    [Theory]
    [MemberData(nameof(Unanswerable))]
    public async Task Declines_what_the_facts_do_not_say_with_a_reason(string question)
    {
        var answer = await AskAsync(question);

        Assert.False(answer.GetProperty("answered").GetBoolean(), answer.ToString());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("reason").GetString()));
        Assert.Equal(0, answer.GetProperty("evidence").GetArrayLength());
    }

    private async Task<JsonElement> AskAsync(string question) =>
        await api.GetJsonAsync($"api/ask?q={Uri.EscapeDataString(question)}&asOf={QuestionSet.AsOf:yyyy-MM-dd}");
}
