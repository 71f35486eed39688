using FactApi.Ingestion.Refresh;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace FactApi.Functions.Refresh;

/// <summary>
/// Refreshes one source. Fetch and parse failures are recorded on the source and end the message; storage
/// failures throw, so the host retries the message and, after maxDequeueCount tries, moves it to the poison queue.
/// </summary>
public sealed class RefreshSource(CuratedSources curated, SourceRefresher refresher, ILogger<RefreshSource> logger)
{
    [Function(nameof(RefreshSource))]
    public async Task Run([QueueTrigger("%FactApi:RefreshQueue%")] RefreshSourceMessage message, CancellationToken cancellationToken)
    {
        var source = curated.ReadManifest().FirstOrDefault(s => s.Id == message.SourceId);
        if (source is null)
        {
            logger.LogWarning("Source {Source} is no longer in the manifest; nothing to refresh.", message.SourceId);
            return;
        }

        await refresher.RefreshAsync(source, message.RunId, cancellationToken);
    }
}
