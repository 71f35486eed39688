namespace FactApi.Core.Refresh;

/// <summary>
/// One refresh of a source at a time, across every host sharing the storage account: two hosts (or two queue
/// messages on one host) that refresh the same source at once would fetch it twice and interleave its writes.
/// </summary>
public interface ISourceLocks
{
    /// <summary>The source's lock, held until disposed; null when another refresh holds it now.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string sourceId, CancellationToken cancellationToken);
}
