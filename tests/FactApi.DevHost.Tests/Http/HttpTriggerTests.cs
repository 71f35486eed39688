using System.Net;
using System.Net.Http.Json;
using FactApi.DevHost.Tests.Functions;
using FactApi.TestSupport;

namespace FactApi.DevHost.Tests.Http;

public sealed class HttpTriggerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly Type[] Functions = [typeof(DoubleItem), typeof(Echo), typeof(Broken)];

    [Fact]
    public async Task Route_values_and_the_request_bind_and_the_route_prefix_applies()
    {
        await using var host = await TestDevHost.StartAsync(Functions, azurite.ConnectionString, new RunLog(), "a");

        var body = await HttpAssert.JsonAsync(await host.Client.GetAsync("api/items/21?q=hello"));

        Assert.Equal(42, body.GetProperty("doubled").GetInt32());
        Assert.Equal("hello", body.GetProperty("query").GetString());
    }

    [Fact]
    public async Task A_route_constraint_that_does_not_match_is_a_404_problem()
    {
        await using var host = await TestDevHost.StartAsync(Functions, azurite.ConnectionString, new RunLog(), "a");

        await HttpAssert.ProblemAsync(await host.Client.GetAsync("api/items/abc"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_default_route_is_the_function_name_and_methods_are_honoured()
    {
        await using var host = await TestDevHost.StartAsync(Functions, azurite.ConnectionString, new RunLog(), "a");

        var posted = await host.Client.PutAsync("api/Echo", new StringContent("ping"));
        Assert.Equal("ping", await posted.Content.ReadAsStringAsync());
        await HttpAssert.ProblemAsync(await host.Client.GetAsync("api/Echo"), HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task An_exception_in_a_function_is_a_500_problem_without_details()
    {
        await using var host = await TestDevHost.StartAsync(Functions, azurite.ConnectionString, new RunLog(), "a");

        var response = await host.Client.GetAsync("api/broken");

        await HttpAssert.ProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("secret internal detail", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_json_route_prefix_can_be_overridden_by_an_app_setting()
    {
        await using var host = await TestDevHost.StartAsync(Functions, azurite.ConnectionString, new RunLog(), "a", "--AzureFunctionsJobHost:extensions:http:routePrefix=v2");

        var response = await host.Client.GetFromJsonAsync<Dictionary<string, object>>("v2/items/2");

        Assert.NotNull(response);
    }
}
