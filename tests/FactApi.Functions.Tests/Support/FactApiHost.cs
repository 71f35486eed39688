using FactApi.DevHost;
using FactApi.Functions.Composition;
using FactApi.TestSupport;
using Microsoft.AspNetCore.Builder;

namespace FactApi.Functions.Tests.Support;

/// <summary>FactApi's Functions, run by the dev host on a free port against the given storage.</summary>
public static class FactApiHost
{
    public static WebApplication Build(string connectionString, string tablePrefix, params string[] settings) =>
        DevHostApplication.Build(
            ["--urls", "http://127.0.0.1:0", $"--AzureWebJobsStorage={connectionString}", $"--FactApi:TablePrefix={tablePrefix}", .. settings],
            typeof(FactApiServiceCollectionExtensions).Assembly,
            (services, configuration) => services.AddFactApi(configuration));

    public static Task<RunningApp> StartAsync(string connectionString, params string[] settings) =>
        RunningApp.StartAsync(Build(connectionString, TablePrefix.New(), settings));
}
