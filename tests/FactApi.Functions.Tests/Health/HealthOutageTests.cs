using System.Net;
using FactApi.Functions.Tests.Support;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Health;

/// <summary>Stops and restarts its own Azurite, so it never shares one with other tests.</summary>
public sealed class HealthOutageTests
{
    [Fact]
    public async Task Health_turns_503_while_storage_is_down_and_recovers_when_it_returns()
    {
        await using var azurite = new AzuriteServer();
        await azurite.StartAsync();
        await using var host = await FactApiHost.StartAsync(azurite.ConnectionString);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("api/health")).StatusCode);

        await azurite.StopAsync();
        var down = await Eventually.ReturnsAsync(() => host.Client.GetAsync("api/health"), r => r.StatusCode != HttpStatusCode.OK, TimeSpan.FromSeconds(20), "health to report the outage");

        var problem = await HttpAssert.ProblemAsync(down, HttpStatusCode.ServiceUnavailable);
        Assert.Contains($"127.0.0.1:{azurite.TablePort}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await azurite.StartAsync();
        var up = await Eventually.ReturnsAsync(() => host.Client.GetAsync("api/health"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "health to recover");
        Assert.Equal("ok", (await HttpAssert.JsonAsync(up)).GetProperty("status").GetString());
    }
}
