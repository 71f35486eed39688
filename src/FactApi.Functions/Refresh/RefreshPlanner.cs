using System.Text.Json;
using Azure.Storage.Queues;
using FactApi.Core.Facts;
using FactApi.Core.Refresh;
using FactApi.Core.Sources;
using FactApi.Functions.Composition;
using FactApi.Ingestion.Refresh;
using Microsoft.Extensions.Options;

namespace FactApi.Functions.Refresh;

/// <summary>
/// Starts a run: picks the sources (those due, all, or one), records the run, and enqueues one message per source
/// so a slow or broken source never holds back the others.
/// </summary>
public sealed class RefreshPlanner(CuratedSources curated, IFactStore store, IRefreshLog log, QueueServiceClient queues, IOptions<FactApiOptions> options, TimeProvider clock)
{
    public async Task<RefreshRun> PlanAsync(string trigger, bool onlyDue, string? sourceId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var chosen = new List<ManifestSource>();
        foreach (var source in curated.ReadManifest().Where(s => s.Enabled && (sourceId is null || s.Id == sourceId)))
        {
            if (!onlyDue || await IsDueAsync(source, now, cancellationToken))
            {
                chosen.Add(source);
            }
        }

        var run = new RefreshRun(RefreshRun.NewId(now), now, trigger, chosen.Select(s => s.Id).ToList());
        if (chosen.Count == 0)
        {
            return run with { EndedAt = now };
        }

        await log.StartAsync(run, cancellationToken);
        var queue = queues.GetQueueClient(options.Value.RefreshQueue);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        foreach (var source in chosen)
        {
            await queue.SendMessageAsync(JsonSerializer.Serialize(new RefreshSourceMessage(run.Id, source.Id), RefreshJsonContext.Default.RefreshSourceMessage), cancellationToken);
        }

        return run;
    }

    private async Task<bool> IsDueAsync(ManifestSource source, DateTimeOffset now, CancellationToken cancellationToken) =>
        await store.GetSourceAsync(source.Id, cancellationToken) is not { LastFetch: { } last } || last.At.AddMinutes(source.RefreshMinutes) <= now;
}
