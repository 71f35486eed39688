using System.Net;
using FactApi.Functions.Tests.Support;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Api;

public sealed class ActorRoutesTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Theory]
    [InlineData("Zelenskyy")]
    [InlineData("zelensky")]
    [InlineData("Volodymyr Zelenskiy")]
    [InlineData("ZELENSKI")]
    [InlineData("Zelénsky")]
    [InlineData("Zelenksy")]
    public async Task Search_finds_an_actor_by_any_spelling_of_an_alias(string query)
    {
        var items = await api.ItemsAsync($"api/actors?q={Uri.EscapeDataString(query)}");

        Assert.Equal("volodymyr-zelensky", items[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Search_by_kind_returns_only_that_kind()
    {
        var items = await api.ItemsAsync("api/actors?kind=country&limit=100");

        Assert.NotEmpty(items);
        Assert.All(items, a => Assert.Equal("country", a.GetProperty("kind").GetString()));
        Assert.Contains(items, a => a.GetProperty("id").GetString() == "ukraine");
    }

    [Fact]
    public async Task A_search_that_matches_nothing_is_an_empty_list()
    {
        Assert.Empty(await api.ItemsAsync("api/actors?q=Quetzalcoatl"));
    }

    [Fact]
    public async Task The_profile_has_roles_with_evidence_counts_and_latest_claims()
    {
        var profile = await api.GetJsonAsync("api/actors/dmitry-peskov");

        var actor = profile.GetProperty("actor");
        Assert.Equal("person", actor.GetProperty("kind").GetString());
        Assert.Contains(actor.GetProperty("aliases").EnumerateArray(), a => a.GetString() == "Peskov");
        var reported = actor.GetProperty("roles").EnumerateArray().Where(r => r.TryGetProperty("evidence", out _)).ToList();
        Assert.NotEmpty(reported);
        var evidence = reported[0].GetProperty("evidence");
        Assert.Contains("Peskov", evidence.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.True(actor.GetProperty("claimCount").GetInt32() >= 1);
        Assert.Equal(Math.Min(5, actor.GetProperty("claimCount").GetInt32()), profile.GetProperty("latestClaims").GetArrayLength());
        Assert.All(profile.GetProperty("latestClaims").EnumerateArray(), c => Assert.Equal("dmitry-peskov", c.GetProperty("speaker").GetProperty("actorId").GetString()));
    }

    [Fact]
    public async Task An_actors_claims_and_events_are_listed()
    {
        var claims = await api.ItemsAsync("api/actors/vladimir-putin/claims");
        var events = await api.ItemsAsync("api/actors/vladimir-putin/events");

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal("vladimir-putin", c.GetProperty("speaker").GetProperty("actorId").GetString()));
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains(e.GetProperty("actors").EnumerateArray(), a => a.GetString() == "vladimir-putin"));
    }

    [Theory]
    [InlineData("api/actors/nobody-at-all")]
    [InlineData("api/actors/nobody-at-all/claims")]
    [InlineData("api/actors/nobody-at-all/events")]
    public async Task An_unknown_actor_is_a_404_problem(string url)
    {
        await HttpAssert.ProblemAsync(await api.Client.GetAsync(url), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_kind_is_a_400_naming_the_parameter()
    {
        var problem = await HttpAssert.ProblemAsync(await api.Client.GetAsync("api/actors?kind=planet"), HttpStatusCode.BadRequest);

        Assert.Equal("kind", problem.GetProperty("parameter").GetString());
    }
}
