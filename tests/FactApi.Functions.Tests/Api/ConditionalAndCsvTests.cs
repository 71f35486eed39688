using System.Net;
using System.Net.Http.Headers;
using FactApi.Functions.Tests.Support;

namespace FactApi.Functions.Tests.Api;

public sealed class ConditionalAndCsvTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Theory]
    [InlineData("api/actors")]
    [InlineData("api/actors/ukraine")]
    [InlineData("api/claims?speaker=Putin")]
    [InlineData("api/events")]
    [InlineData("api/sources")]
    public async Task Every_get_has_an_etag_and_answers_if_none_match_with_304(string url)
    {
        var first = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        var second = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Json_and_csv_of_one_url_have_different_etags()
    {
        var json = await api.Client.GetAsync("api/claims");
        var csv = await GetCsvAsync("api/claims");

        Assert.NotEqual(json.Headers.ETag, csv.Headers.ETag);
    }

    [Fact]
    public async Task Csv_has_a_header_row_and_one_quoted_row_per_item()
    {
        var json = await api.ItemsAsync("api/claims?limit=100");
        var response = await GetCsvAsync("api/claims?limit=100");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = Rfc4180.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("id", rows[0][0]);
        Assert.Equal(json.Count + 1, rows.Count);
        var sentence = rows[0].IndexOf("sentence");
        for (var i = 0; i < json.Count; i++)
        {
            Assert.Equal(json[i].GetProperty("id").GetString(), rows[i + 1][0]);
            Assert.Equal(json[i].GetProperty("evidence").GetProperty("sentence").GetString(), rows[i + 1][sentence]);
        }
    }

    [Fact]
    public async Task Csv_pages_link_to_the_next_page()
    {
        var response = await GetCsvAsync("api/events?limit=2");

        var link = response.Headers.GetValues("Link").Single();
        Assert.Contains("cursor=", link, StringComparison.Ordinal);
        Assert.EndsWith("rel=\"next\"", link, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetCsvAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        return await api.Client.SendAsync(request);
    }
}
