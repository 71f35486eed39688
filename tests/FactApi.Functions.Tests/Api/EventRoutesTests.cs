using System.Net;
using FactApi.Functions.Tests.Support;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Api;

public sealed class EventRoutesTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Fact]
    public async Task A_day_range_finds_events_of_that_day_and_wider_events_around_it()
    {
        var events = await api.ItemsAsync("api/events?from=2025-05-15&to=2025-05-15&limit=100");

        Assert.Contains(events, e => e.GetProperty("when").GetProperty("value").GetString() == "2025-05-15");
        Assert.All(events, e =>
        {
            var when = e.GetProperty("when");
            Assert.True(string.CompareOrdinal(when.GetProperty("start").GetString(), "2025-05-15") <= 0);
            Assert.True(string.CompareOrdinal(when.GetProperty("end").GetString(), "2025-05-15") >= 0);
        });
        Assert.Contains(events, e => e.GetProperty("when").GetProperty("precision").GetString() == "month");
    }

    [Fact]
    public async Task Year_and_month_bounds_cover_the_whole_period()
    {
        var in2022 = await api.ItemsAsync("api/events?from=2022&to=2022");

        Assert.NotEmpty(in2022);
        Assert.All(in2022, e => Assert.StartsWith("2022", e.GetProperty("when").GetProperty("value").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Events_filter_by_place_and_actor_alias()
    {
        var inIstanbul = await api.ItemsAsync("api/events?place=istanbul&limit=100");
        var withKyiv = await api.ItemsAsync("api/events?actor=Kyiv&limit=100");

        Assert.NotEmpty(inIstanbul);
        Assert.All(inIstanbul, e => Assert.Contains("Istanbul", e.GetProperty("place").GetString(), StringComparison.Ordinal));
        Assert.All(withKyiv, e => Assert.Contains(e.GetProperty("actors").EnumerateArray(), a => a.GetString() == "ukraine"));
    }

    [Theory]
    [InlineData("api/events?from=2025-02-30", "from")]
    [InlineData("api/events?to=2025-13", "to")]
    [InlineData("api/events?from=May", "from")]
    [InlineData("api/events?from=2025-06-01&to=2025-05-01", "from")]
    [InlineData("api/claims?from=20250501", "from")]
    public async Task Impossible_dates_are_a_400_naming_the_parameter(string url, string parameter)
    {
        var problem = await HttpAssert.ProblemAsync(await api.Client.GetAsync(url), HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Sources_show_their_fact_counts_and_one_is_read_by_id()
    {
        var sources = await api.ItemsAsync("api/sources");
        var id = sources[0].GetProperty("id").GetString();

        var detail = await api.GetJsonAsync($"api/sources/{id}");

        Assert.Equal(id, detail.GetProperty("source").GetProperty("id").GetString());
        Assert.True(sources.Sum(s => s.GetProperty("counts").GetProperty("claims").GetInt32()) > 0);
        var run = detail.GetProperty("recentRuns")[0];
        Assert.Contains(run.GetProperty("status").GetString(), new[] { "updated", "unchanged" });
        await HttpAssert.ProblemAsync(await api.Client.GetAsync("api/sources/no-such-source"), HttpStatusCode.NotFound);
    }
}
