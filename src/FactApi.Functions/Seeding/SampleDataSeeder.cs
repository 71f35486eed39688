using FactApi.Core.Facts;
using FactApi.Core.Refresh;
using FactApi.Functions.Composition;
using FactApi.Functions.Refresh;
using FactApi.Ingestion.Refresh;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactApi.Functions.Seeding;

/// <summary>
/// At start: an empty store gets the actor registry and the curated sources that are local files, refreshed right
/// here through the normal pipeline, so the API shows data from its first start without waiting for a queue. With
/// FactApi:RefreshOnStart, a full refresh is also queued. Runs in the background and waits out storage outages.
/// </summary>
internal sealed class SampleDataSeeder(
    CuratedSources curated, IFactStore store, IRefreshLog log, SourceRefresher refresher, RefreshPlanner planner,
    IOptions<FactApiOptions> options, ILogger<SampleDataSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!File.Exists(curated.ManifestPath))
        {
            logger.LogInformation("No source manifest at '{Manifest}': nothing to seed.", curated.ManifestPath);
            return;
        }

        var delay = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SeedAsync(stoppingToken);
                return;
            }
            catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or AggregateException)
            {
                logger.LogWarning("Start-up refresh waits for storage: {Error}", e.Message);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await store.IsEmptyAsync(cancellationToken))
        {
            var local = curated.ReadManifest().Where(s => s.Enabled && !s.IsRemote).ToList();
            await store.WriteActorsAsync(curated.ReadRegistry(), cancellationToken);
            var run = new RefreshRun(RefreshRun.NewId(DateTimeOffset.UtcNow), DateTimeOffset.UtcNow, "seed", local.Select(s => s.Id).ToList());
            await log.StartAsync(run, cancellationToken);
            foreach (var source in local)
            {
                await refresher.RefreshAsync(source, run.Id, cancellationToken);
            }

            logger.LogInformation("Seeded the empty store from {Count} curated local sources.", local.Count);
        }

        if (options.Value.RefreshOnStart)
        {
            var run = await planner.PlanAsync("startup", onlyDue: false, sourceId: null, cancellationToken);
            logger.LogInformation("Queued a start-up refresh of {Count} sources (run {Run}).", run.SourceIds.Count, run.Id);
        }
    }
}
