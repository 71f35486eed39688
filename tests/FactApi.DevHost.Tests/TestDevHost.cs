using FactApi.DevHost.Tests.Functions;
using FactApi.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace FactApi.DevHost.Tests;

/// <summary>The dev host running a chosen set of the sample functions.</summary>
internal static class TestDevHost
{
    public static WebApplication Build(IEnumerable<Type> functions, string connectionString, RunLog log, string hostName, params string[] settings) =>
        DevHostApplication.Build(
            ["--urls", "http://127.0.0.1:0", $"--AzureWebJobsStorage={connectionString}", .. settings],
            functions,
            (services, _) => services.AddSingleton(log).AddSingleton(new HostTag(hostName)),
            "devhost-tests");

    public static Task<RunningApp> StartAsync(IEnumerable<Type> functions, string connectionString, RunLog log, string hostName, params string[] settings) =>
        RunningApp.StartAsync(Build(functions, connectionString, log, hostName, settings));
}
