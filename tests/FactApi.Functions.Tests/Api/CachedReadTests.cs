using System.Net;
using FactApi.Core.Model;
using FactApi.Functions.Tests.Support;
using FactApi.Storage.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace FactApi.Functions.Tests.Api;

public sealed class CachedReadTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Theory]
    [InlineData("api/actors/ukraine", null)]
    [InlineData("api/claims?speaker=Peskov", null)]
    [InlineData("api/claims?limit=2", "text/csv")]
    public async Task A_repeated_query_gets_the_same_bytes_headers_and_etag(string url, string? accept)
    {
        var first = await GetAsync(url, accept);
        var second = await GetAsync(url, accept);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(first.Headers.TryGetValues("Link", out var a) ? a : [], second.Headers.TryGetValues("Link", out var b) ? b : []);
    }

    [Fact]
    public async Task A_change_written_by_this_instance_shows_in_the_next_answer()
    {
        var before = await api.Client.GetStringAsync("api/actors?q=Quillon");
        Assert.DoesNotContain("quillon-marsh", before, StringComparison.Ordinal);

        await api.App.App.Services.GetRequiredService<FactWriter>().WriteActorsAsync(
            [new Actor("quillon-marsh", "Quillon Marsh", ActorKind.Person, [], [])], CancellationToken.None);

        Assert.Contains("quillon-marsh", await api.Client.GetStringAsync("api/actors?q=Quillon"), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await api.Client.SendAsync(request);
    }
}
