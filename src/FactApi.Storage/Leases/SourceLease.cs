using Azure;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;

namespace FactApi.Storage.Leases;

/// <summary>A held source lease, renewed in the background until disposed, then released.</summary>
internal sealed class SourceLease : IAsyncDisposable
{
    private readonly BlobLeaseClient lease;
    private readonly string sourceId;
    private readonly Action onReleased;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stop = new();
    private readonly Task renewing;

    public SourceLease(BlobLeaseClient lease, string sourceId, TimeSpan renewEvery, Action onReleased, ILogger logger)
    {
        (this.lease, this.sourceId, this.onReleased, this.logger) = (lease, sourceId, onReleased, logger);
        renewing = RenewAsync(renewEvery);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await renewing;
        try
        {
            await lease.ReleaseAsync();
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException)
        {
            // Storage is down or the lease lapsed: it expires by itself within its duration.
            logger.LogWarning("Lease on source {Source} not released: {Error}", sourceId, e.Message);
        }
        finally
        {
            onReleased();
            stop.Dispose();
        }
    }

    private async Task RenewAsync(TimeSpan every)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                try
                {
                    await lease.RenewAsync(cancellationToken: stop.Token);
                }
                catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException)
                {
                    // The refresh goes on: its writes replace whole sets, so an overlap after a lost lease converges.
                    logger.LogWarning("Lease on source {Source} not renewed: {Error}", sourceId, e.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the refresh is over.
        }
    }
}
