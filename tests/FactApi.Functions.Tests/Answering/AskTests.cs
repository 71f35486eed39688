using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FactApi.Functions.Answering;
using FactApi.Functions.Tests.Support;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Answering;

/// <summary>/api/ask over real HTTP on the curated sample; the full question set runs in the Core tests.</summary>
public sealed class AskTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Theory]
    [InlineData("When will the talks in Istanbul take place?", "date", "2025-05-15")]
    [InlineData("Who is the German chancellor?", "role", "friedrich-merz")]
    [InlineData("How many violations did Ukraine report?", "number", "700")]
    public async Task Answers_come_from_stored_facts_with_a_sentence_that_holds_them(string question, string type, string value)
    {
        var answer = await AskAsync(question);

        Assert.True(answer.GetProperty("answered").GetBoolean(), answer.ToString());
        Assert.Equal(type, answer.GetProperty("answer").GetProperty("type").GetString());
        Assert.Contains(value, answer.GetProperty("answer").GetProperty("value").GetRawText(), StringComparison.Ordinal);
        var evidence = answer.GetProperty("evidence");
        Assert.True(evidence.GetArrayLength() > 0);
        Assert.All(evidence.EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("sentence").GetString())));
    }

    [Theory]
    [InlineData("How many tanks did Poland send?")]
    [InlineData("Who is the mayor of Lyon?")]
    [InlineData("When did Macron visit Brazil?")]
    public async Task Questions_the_facts_cannot_answer_are_declined_with_a_reason(string question)
    {
        var answer = await AskAsync(question);

        Assert.False(answer.GetProperty("answered").GetBoolean(), answer.ToString());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("reason").GetString()));
        Assert.Equal(0, answer.GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public async Task Post_takes_a_json_body_with_the_question_and_as_of()
    {
        var response = await api.Client.PostAsync("api/ask", new StringContent("""{"question":"What did Peskov say?","asOf":"2025-05-12"}""", Encoding.UTF8, "application/json"));

        var answer = await HttpAssert.JsonAsync(response);
        Assert.True(answer.GetProperty("answered").GetBoolean());
        Assert.Equal("quote", answer.GetProperty("answer").GetProperty("type").GetString());
        Assert.Equal("2025-05-12", answer.GetProperty("asOf").GetString());
    }

    [Theory]
    [InlineData("api/ask", HttpStatusCode.BadRequest)]
    [InlineData("api/ask?q=%20", HttpStatusCode.BadRequest)]
    [InlineData("api/ask?q=When&asOf=2025-02-30", HttpStatusCode.BadRequest)]
    public async Task Empty_questions_and_impossible_dates_are_a_400(string url, HttpStatusCode status)
    {
        await HttpAssert.ProblemAsync(await api.Client.GetAsync(url), status);
    }

    [Fact]
    public async Task Oversized_wrongly_typed_or_malformed_bodies_are_problems()
    {
        await HttpAssert.ProblemAsync(await api.Client.GetAsync("api/ask?q=" + new string('x', 501)), HttpStatusCode.BadRequest);
        await HttpAssert.ProblemAsync(await api.Client.PostAsync("api/ask", new StringContent(new string(' ', 2_000_000), Encoding.UTF8, "application/json")), HttpStatusCode.RequestEntityTooLarge);
        await HttpAssert.ProblemAsync(await api.Client.PostAsync("api/ask", new StringContent("question=hi", Encoding.UTF8, "application/x-www-form-urlencoded")), HttpStatusCode.UnsupportedMediaType);
        await HttpAssert.ProblemAsync(await api.Client.PostAsync("api/ask", new StringContent("""{"question": 42}""", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await HttpAssert.ProblemAsync(await api.Client.PostAsync("api/ask", new StringContent("{not json", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("{}", "question")]
    [InlineData("""{"asOf":"2025-05-12"}""", "question")]
    [InlineData("""{"question":null}""", "question")]
    [InlineData("""{"question":"   "}""", "question")]
    [InlineData("""{"question":"When?\u0000"}""", "question")]
    [InlineData("""{"question":"When?","asOf":20250512}""", "body")]
    [InlineData("""{"question":"When?","asOf":"2025-02-30"}""", "asOf")]
    [InlineData("""{"question":"When?","asOf":"0000-00-00"}""", "asOf")]
    [InlineData("""{"question":["When?"]}""", "body")]
    [InlineData("null", "question")]
    [InlineData("[]", "body")]
    [InlineData("", "body")]
    public async Task Bodies_missing_a_question_or_with_wrong_types_are_a_400_naming_the_field(string body, string parameter)
    {
        var response = await api.Client.PostAsync("api/ask", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_huge_question_in_a_body_is_refused_by_length_or_by_size()
    {
        var longQuestion = JsonSerializer.Serialize(new { question = new string('x', Ask.MaxQuestion + 1) });
        await HttpAssert.ProblemAsync(await api.Client.PostAsync("api/ask", new StringContent(longQuestion, Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

        var huge = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { question = new string('x', 2_000_000) }));
        using var chunked = new StreamContent(new NonSeekableStream(huge));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        await HttpAssert.ProblemAsync(await api.Client.PostAsync("api/ask", chunked), HttpStatusCode.RequestEntityTooLarge);

        using var untyped = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"question":"When?"}"""));
        await HttpAssert.ProblemAsync(await api.Client.PostAsync("api/ask", untyped), HttpStatusCode.UnsupportedMediaType);
    }

    private async Task<JsonElement> AskAsync(string question) =>
        await api.GetJsonAsync($"api/ask?q={Uri.EscapeDataString(question)}&asOf=2025-05-12");

    /// <summary>A stream with no length, so the client sends it chunked and the server learns its size only by reading.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
