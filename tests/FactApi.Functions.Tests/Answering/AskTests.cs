using System.Net;
using System.Text;
using FactApi.Functions.Tests.Support;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Answering;

/// <summary>
/// /api/ask over real HTTP on the curated sample: the request and problem rules. The question set itself runs in
/// <see cref="QuestionSetOverHttpTests"/>.
/// </summary>
public sealed class AskTests(SampleApi api) : IClassFixture<SampleApi>
{
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
}
