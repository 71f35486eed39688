using System.Net;
using System.Net.Http.Headers;
using FactApi.Functions.Tests.Support;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Api;

public sealed class DisputeRoutesTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Fact]
    public async Task The_two_sides_counts_of_ceasefire_breaches_are_a_dispute_with_evidence()
    {
        var disputes = await api.ItemsAsync("api/disputes?q=violations");

        var dispute = Assert.Single(disputes);
        Assert.Equal("numbers", dispute.GetProperty("kind").GetString());
        var sides = dispute.GetProperty("sides").EnumerateArray().ToList();
        var ukraine = Assert.Single(sides, s => s.GetProperty("actorId").GetString() == "ukraine");
        var russia = Assert.Single(sides, s => s.GetProperty("actorId").GetString() == "russia");
        Assert.Equal(700, ukraine.GetProperty("value").GetProperty("value").GetDecimal());
        Assert.Equal(500, russia.GetProperty("value").GetProperty("value").GetDecimal());
        Assert.All(sides, s => Assert.Contains(s.GetProperty("value").GetProperty("text").GetString()!, s.GetProperty("evidence").GetProperty("sentence").GetString(), StringComparison.Ordinal));

        var byId = await api.GetJsonAsync($"api/disputes/{dispute.GetProperty("id").GetString()}");
        Assert.Equal(dispute.GetProperty("topic").GetString(), byId.GetProperty("topic").GetString());
    }

    [Fact]
    public async Task Disputes_filter_by_actor_alias_and_date()
    {
        Assert.NotEmpty(await api.ItemsAsync("api/disputes?actor=Moscow"));
        Assert.Empty(await api.ItemsAsync("api/disputes?actor=Zelensky"));
        Assert.Empty(await api.ItemsAsync("api/disputes?to=2024"));
    }

    [Fact]
    public async Task An_unknown_dispute_is_a_404_and_csv_lists_the_sides()
    {
        await HttpAssert.ProblemAsync(await api.Client.GetAsync("api/disputes/d-0000000000000000"), HttpStatusCode.NotFound);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/disputes");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csv = await (await api.Client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.StartsWith("id,topic,date,kind,sides\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("ukraine:", csv, StringComparison.Ordinal);
    }
}
