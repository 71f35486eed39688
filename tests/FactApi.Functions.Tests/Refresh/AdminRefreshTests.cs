using System.Net;
using System.Text;
using System.Text.Json;
using FactApi.Functions.Tests.Support;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Refresh;

/// <summary>POST /api/admin/refresh over real HTTP: queued, then run by the queue function in the dev host.</summary>
public sealed class AdminRefreshTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_refresh_of_one_source_is_accepted_queued_and_recorded_on_the_source()
    {
        await using var publisher = await Publisher.StartAsync();
        using var world = new RefreshWorld(azurite.ConnectionString, [("first", "article", publisher.Url("first.txt")), ("second", "article", publisher.Url("second.txt"))]);
        await using var host = await StartAsync(world);

        var response = await host.Client.PostAsync("api/admin/refresh", new StringContent("""{"sourceId":"first"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var runId = accepted.GetProperty("runId").GetString();
        Assert.Equal(["first"], accepted.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetString()));
        var detail = await Eventually.ReturnsAsync(
            async () => await host.Client.GetAsync("api/sources/first") is { StatusCode: HttpStatusCode.OK } ok ? JsonDocument.Parse(await ok.Content.ReadAsStringAsync()).RootElement : default,
            d => d.ValueKind == JsonValueKind.Object && d.GetProperty("recentRuns").EnumerateArray().Any(r => r.GetProperty("runId").GetString() == runId),
            TimeSpan.FromSeconds(30), "the queued refresh to run");
        Assert.Equal("updated", detail.GetProperty("recentRuns")[0].GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("api/sources/second")).StatusCode);
    }

    [Theory]
    [InlineData("""{"sourceId":"nobody"}""", HttpStatusCode.NotFound)]
    [InlineData("""{"sourceId":""", HttpStatusCode.BadRequest)]
    [InlineData("""[1,2,3]""", HttpStatusCode.BadRequest)]
    public async Task Bad_refresh_requests_are_problems(string body, HttpStatusCode status)
    {
        using var world = new RefreshWorld(azurite.ConnectionString, [("first", "article", new Uri("http://127.0.0.1:9/first.txt"))]);
        await using var host = await StartAsync(world);

        var response = await host.Client.PostAsync("api/admin/refresh", new StringContent(body, Encoding.UTF8, "application/json"));

        await HttpAssert.ProblemAsync(response, status);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413()
    {
        using var world = new RefreshWorld(azurite.ConnectionString, [("first", "article", new Uri("http://127.0.0.1:9/first.txt"))]);
        await using var host = await StartAsync(world);

        var response = await host.Client.PostAsync("api/admin/refresh", new StringContent(new string(' ', 10_000), Encoding.UTF8, "application/json"));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    private static Task<RunningApp> StartAsync(RefreshWorld world) =>
        RunningApp.StartAsync(FactApiHost.Build(world.ConnectionString, world.TablePrefix, world.HostSettings));
}
