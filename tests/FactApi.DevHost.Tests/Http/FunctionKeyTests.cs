using System.Net;
using FactApi.DevHost.Tests.Functions;
using FactApi.TestSupport;

namespace FactApi.DevHost.Tests.Http;

public sealed class FunctionKeyTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly Type[] Functions = [typeof(DoubleItem), typeof(Echo)];

    [Fact]
    public async Task With_keys_required_a_function_route_needs_a_function_or_admin_key_and_anonymous_routes_stay_open()
    {
        await using var host = await TestDevHost.StartAsync(Functions, azurite.ConnectionString, new RunLog(), "a",
            "--FactApi:RequireKeys=true", "--FactApi:FunctionKeys:default=fn-key-1", "--FactApi:AdminKey=admin-key-1");

        await HttpAssert.ProblemAsync(await host.Client.PostAsync("api/Echo", new StringContent("x")), HttpStatusCode.Unauthorized);
        await HttpAssert.ProblemAsync(await host.Client.PostAsync("api/Echo?code=wrong", new StringContent("x")), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.PostAsync("api/Echo?code=fn-key-1", new StringContent("x"))).StatusCode);
        using var withHeader = new HttpRequestMessage(HttpMethod.Post, "api/Echo") { Content = new StringContent("x") };
        withHeader.Headers.Add("x-functions-key", "admin-key-1");
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(withHeader)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("api/items/4")).StatusCode);
    }

    [Fact]
    public async Task Without_require_keys_function_routes_are_open_as_under_func_start()
    {
        await using var host = await TestDevHost.StartAsync(Functions, azurite.ConnectionString, new RunLog(), "a");

        Assert.Equal(HttpStatusCode.OK, (await host.Client.PostAsync("api/Echo", new StringContent("x"))).StatusCode);
    }
}

public sealed class RateLimitTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_rate_limited_function_answers_429_problem_past_its_limit_and_others_are_unaffected()
    {
        await using var host = await TestDevHost.StartAsync([typeof(DoubleItem), typeof(Echo)], azurite.ConnectionString, new RunLog(), "a", "--DevHost:RateLimits:DoubleItem=3");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("api/items/1")).StatusCode);
        }

        var limited = await host.Client.GetAsync("api/items/1");
        await HttpAssert.ProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.PostAsync("api/Echo", new StringContent("x"))).StatusCode);
    }
}
