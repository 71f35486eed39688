using System.CommandLine;
using System.Diagnostics;
using FactApi.Core.Facts;
using FactApi.Core.Refresh;
using FactApi.Ingestion.Refresh;
using FactApi.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactApi.Cli.Commands;

/// <summary>
/// <c>factapi refresh</c>: the refresh pipeline the timer runs, from the command line, against any storage
/// connection; progress on stderr, a summary on stdout, exit code 1 when a source failed.
/// </summary>
internal static class RefreshCommand
{
    public static Command Create()
    {
        var manifest = new Option<FileInfo>("--manifest") { Description = "Source manifest (default: curated/sources.json).", DefaultValueFactory = _ => new FileInfo(Path.Combine("curated", "sources.json")) };
        var connection = StorageSettings.ConnectionOption();
        var prefix = StorageSettings.PrefixOption();
        var source = new Option<string?>("--source") { Description = "Refresh only this source id." };
        var allowPrivate = new Option<bool>("--allow-private-network") { Description = "Let sources on loopback or private addresses through the fetch guard." };
        var command = new Command("refresh", "Fetch the curated sources, extract their facts and replace them in storage.") { manifest, connection, prefix, source, allowPrivate };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(manifest)!, result.GetValue(connection), result.GetValue(prefix)!, result.GetValue(source), result.GetValue(allowPrivate),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo manifest, string? connection, string prefix, string? only, bool allowPrivate, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var settings = StorageSettings.For(connection, prefix);
        settings["FactApi:SourcesManifest"] = manifest.FullName;
        settings["FactApi:AllowPrivateNetworkSources"] = allowPrivate ? "true" : "false";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddLogging().AddFactApiStorage(configuration).AddFactApiRefresh(configuration).BuildServiceProvider();
        var curated = services.GetRequiredService<CuratedSources>();
        var sources = curated.ReadManifest().Where(s => s.Enabled && (only is null || s.Id == only)).ToList();
        if (sources.Count == 0)
        {
            await error.WriteLineAsync(only is null ? "No enabled sources in the manifest." : $"No enabled source has the id '{only}'.");
            return 2;
        }

        await services.GetRequiredService<IFactStore>().WriteActorsAsync(curated.ReadRegistry(), cancellationToken);
        var run = new RefreshRun(RefreshRun.NewId(DateTimeOffset.UtcNow), DateTimeOffset.UtcNow, "cli", sources.Select(s => s.Id).ToList());
        await services.GetRequiredService<IRefreshLog>().StartAsync(run, cancellationToken);
        var refresher = services.GetRequiredService<SourceRefresher>();
        var clock = Stopwatch.StartNew();
        var results = new List<SourceRunResult>();
        for (var i = 0; i < sources.Count; i++)
        {
            await error.WriteAsync($"[{i + 1}/{sources.Count}] {sources[i].Id} ... ");
            var result = await refresher.RefreshAsync(sources[i], run.Id, cancellationToken);
            results.Add(result);
            await error.WriteLineAsync($"{result.Status} (+{result.Added} -{result.Removed}, {result.Bytes} bytes, {result.Milliseconds} ms){(result.Error is null ? "" : ": " + result.Error)}");
        }

        var byStatus = string.Join(", ", results.GroupBy(r => r.Status).Select(g => $"{g.Count()} {g.Key}"));
        await output.WriteLineAsync($"Refreshed {results.Count} sources in {clock.Elapsed.TotalSeconds:0.0} s: {byStatus}; {results.Sum(r => r.Added)} facts added, {results.Sum(r => r.Removed)} removed (run {run.Id}).");
        return results.Any(r => r.Status == SourceRunResult.Failed) ? 1 : 0;
    }
}
