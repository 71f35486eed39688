using FactApi.DevHost.Configuration;
using FactApi.DevHost.Discovery;
using FactApi.DevHost.Http;
using FactApi.Functions.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace FactApi.DevHost.Tests.Contract;

/// <summary>
/// The dev host must run exactly what the real Functions host would: the same functions, routes, methods,
/// auth levels and trigger settings as the worker SDK's generated metadata.
/// </summary>
public sealed class FunctionsMetadataContractTests
{
    private static readonly IReadOnlyList<FunctionsMetadata> Metadata = FunctionsMetadata.Load();

    [Fact]
    public void The_dev_host_discovers_exactly_the_functions_in_the_metadata()
    {
        var discovered = FunctionCatalog.Discover(typeof(FactApiServiceCollectionExtensions).Assembly);

        Assert.NotEmpty(Metadata);
        Assert.Equal(
            Metadata.Select(m => (m.Name, m.EntryPoint)).Order(),
            discovered.Select(f => (f.Name, f.EntryPoint)).Order());
    }

    [Fact]
    public async Task Http_functions_are_mapped_with_the_same_routes_methods_and_auth_levels()
    {
        await using var app = DevHostApplication.Build(
            ["--urls", "http://127.0.0.1:0", "--AzureWebJobsStorage=UseDevelopmentStorage=true"],
            typeof(FactApiServiceCollectionExtensions).Assembly,
            (services, configuration) => services.AddFactApi(configuration));
        var prefix = HostJson.Find(new ConfigurationBuilder().Build()).RoutePrefix;
        var mapped = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints)
            .Select(e => e.Metadata.GetMetadata<HttpFunctionEndpoint>())
            .OfType<HttpFunctionEndpoint>()
            .Select(e => (e.FunctionName, e.Pattern, Methods: string.Join(',', e.Methods.Order(StringComparer.Ordinal)), AuthLevel: e.AuthLevel.ToString()))
            .Order()
            .ToList();

        var expected = Metadata.Where(m => m.TriggerType == "httpTrigger")
            .Select(m => (m.Name, $"/{prefix}/{(m.Property("route") ?? m.Name).Trim('/')}", string.Join(',', m.Methods), m.Property("authLevel")!))
            .Order()
            .ToList();

        Assert.Equal(expected, mapped);
    }

    [Fact]
    public void Timer_and_queue_triggers_read_the_same_schedules_and_queues()
    {
        var discovered = FunctionCatalog.Discover(typeof(FactApiServiceCollectionExtensions).Assembly).ToDictionary(f => f.Name);

        foreach (var timer in Metadata.Where(m => m.TriggerType == "timerTrigger"))
        {
            Assert.Equal(timer.Property("schedule"), discovered[timer.Name].Timer!.Schedule);
        }

        foreach (var queue in Metadata.Where(m => m.TriggerType == "queueTrigger"))
        {
            Assert.Equal(queue.Property("queueName"), discovered[queue.Name].Queue!.QueueName);
        }

        var supported = new[] { "httpTrigger", "timerTrigger", "queueTrigger" };
        Assert.All(Metadata, m => Assert.Contains(m.TriggerType, supported));
    }
}
