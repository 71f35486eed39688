using System.Net;
using System.Text.Json;
using FactApi.Functions.Tests.Support;
using FactApi.Storage.Writing;
using FactApi.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FactApi.Functions.Tests.Api;

public sealed class PagingTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Theory]
    [InlineData("api/claims", 4)]
    [InlineData("api/claims?from=2025-05-01", 1)]
    [InlineData("api/events", 3)]
    [InlineData("api/actors", 7)]
    [InlineData("api/actors?q=president", 1)]
    [InlineData("api/sources", 1)]
    [InlineData("api/actors/vladimir-putin/claims", 1)]
    public async Task Paging_returns_every_item_exactly_once(string url, int limit)
    {
        var everything = (await api.ItemsAsync($"{url}{Join(url)}limit=100")).Select(Id).ToList();
        var paged = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await api.GetJsonAsync($"{url}{Join(url)}limit={limit}{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}");
            var items = page.GetProperty("items").EnumerateArray().Select(Id).ToList();
            Assert.InRange(items.Count, 1, limit);
            paged.AddRange(items);
            cursor = page.TryGetProperty("nextCursor", out var next) ? next.GetString() : null;
            pages++;
        }
        while (cursor is not null && pages < 100);

        Assert.True(everything.Count > limit, $"{url} should need more than one page of {limit}");
        Assert.Equal(everything, paged);
        Assert.Equal(paged.Count, paged.Distinct().Count());
    }

    [Fact]
    public async Task A_tampered_or_forged_cursor_is_a_400()
    {
        var cursor = (await api.GetJsonAsync("api/claims?limit=2")).GetProperty("nextCursor").GetString()!;
        var tampered = cursor[..^2] + (cursor[^2] == 'A' ? "B" : "A") + cursor[^1];

        foreach (var bad in new[] { tampered, "forged", "eyJrIjoiMSJ9.AAAA", cursor.Replace('.', '!') })
        {
            var problem = await HttpAssert.ProblemAsync(await api.Client.GetAsync($"api/claims?limit=2&cursor={Uri.EscapeDataString(bad)}"), HttpStatusCode.BadRequest);
            Assert.Equal("cursor", problem.GetProperty("parameter").GetString());
        }
    }

    [Fact]
    public async Task A_cursor_from_another_query_is_a_400()
    {
        var cursor = (await api.GetJsonAsync("api/claims?limit=2")).GetProperty("nextCursor").GetString()!;

        await HttpAssert.ProblemAsync(await api.Client.GetAsync($"api/events?limit=2&cursor={Uri.EscapeDataString(cursor)}"), HttpStatusCode.BadRequest);
        await HttpAssert.ProblemAsync(await api.Client.GetAsync($"api/claims?limit=2&topic=x&cursor={Uri.EscapeDataString(cursor)}"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_cursor_issued_before_the_data_changed_is_a_400_and_the_etag_changes()
    {
        var first = await api.Client.GetAsync("api/actors?limit=2");
        var etag = first.Headers.ETag!;
        var cursor = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("nextCursor").GetString()!;

        await api.App.App.Services.GetRequiredService<FactWriter>().WriteActorsAsync([], CancellationToken.None);

        var stale = await api.Client.GetAsync($"api/actors?limit=2&cursor={Uri.EscapeDataString(cursor)}");
        await HttpAssert.ProblemAsync(stale, HttpStatusCode.BadRequest);
        var again = await api.Client.GetAsync("api/actors?limit=2");
        Assert.NotEqual(etag, again.Headers.ETag);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1e3")]
    [InlineData("99999999999999999999")]
    public async Task A_limit_outside_1_to_100_is_a_400(string limit)
    {
        var problem = await HttpAssert.ProblemAsync(await api.Client.GetAsync($"api/claims?limit={limit}"), HttpStatusCode.BadRequest);

        Assert.Equal("limit", problem.GetProperty("parameter").GetString());
    }

    private static string Id(JsonElement item) => item.GetProperty("id").GetString()!;

    private static string Join(string url) => url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
}
