using FactApi.Functions.Composition;
using FactApi.Ingestion.Curated;
using FactApi.Storage.Writing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactApi.Functions.Seeding;

/// <summary>
/// When the store is empty at start, loads the curated sample through the fact write path, so the API shows
/// data from its first start. Runs in the background and retries while storage is away: start-up never waits.
/// </summary>
internal sealed class SampleDataSeeder(FactWriter writer, IOptions<FactApiOptions> options, ILogger<SampleDataSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = options.Value.CuratedPath;
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            logger.LogInformation("No curated folder at '{Folder}': nothing to seed.", folder);
            return;
        }

        var delay = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await writer.IsEmptyAsync(stoppingToken))
                {
                    return;
                }

                var actors = CuratedSample.ReadActors(folder);
                var sets = CuratedSample.ReadFactFiles(folder, actors);
                await writer.WriteActorsAsync(actors, stoppingToken);
                foreach (var set in sets)
                {
                    await writer.WriteAsync(set, stoppingToken);
                }

                logger.LogInformation("Seeded the empty store with {Actors} actors and {Sources} curated sources.", actors.Count, sets.Count);
                return;
            }
            catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or AggregateException)
            {
                logger.LogWarning("Seeding waits for storage: {Error}", e.Message);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }
}
