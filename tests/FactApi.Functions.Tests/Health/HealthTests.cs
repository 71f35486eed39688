using System.Net;
using FactApi.Functions.Tests.Support;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Health;

public sealed class HealthTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Health_answers_ok_with_storage_and_version_when_storage_is_up()
    {
        await using var host = await FactApiHost.StartAsync(azurite.ConnectionString);

        var response = await host.Client.GetAsync("api/health");

        var body = await HttpAssert.JsonAsync(response);
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal("ok", body.GetProperty("storage").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("version").GetString()));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Unknown_route_is_a_404_problem()
    {
        await using var host = await FactApiHost.StartAsync(azurite.ConnectionString);

        var response = await host.Client.GetAsync("api/no-such-route");

        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Wrong_method_is_a_405_problem()
    {
        await using var host = await FactApiHost.StartAsync(azurite.ConnectionString);

        var response = await host.Client.PostAsync("api/health", new StringContent("{}"));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }
}
