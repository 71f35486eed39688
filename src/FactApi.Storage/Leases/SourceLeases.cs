using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using FactApi.Core.Refresh;
using Microsoft.Extensions.Logging;

namespace FactApi.Storage.Leases;

/// <summary>
/// Per-source refresh locks: a blob lease on <c>{prefix}-leases/{sourceId}</c> keeps other hosts out, and an
/// in-process set keeps this host's own concurrent queue messages out. This host's lease id is fixed for its
/// lifetime, so a refresh cut off by a storage outage can be retried here at once instead of waiting for the
/// lease to lapse, while other hosts still wait out its duration.
/// </summary>
public sealed class SourceLeases(BlobServiceClient blobs, TableNames names, ILogger<SourceLeases> logger) : ISourceLocks
{
    /// <summary>Azure's longest finite lease; renewed every third of it while the refresh runs.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    private readonly string leaseId = Guid.NewGuid().ToString();
    private readonly ConcurrentDictionary<string, byte> local = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string sourceId, CancellationToken cancellationToken)
    {
        if (!local.TryAdd(sourceId, 0))
        {
            return null;
        }

        try
        {
            var blob = blobs.GetBlobContainerClient(names.LeasesContainer).GetBlobClient(sourceId);
            var lease = blob.GetBlobLeaseClient(leaseId);
            try
            {
                await lease.AcquireAsync(Duration, cancellationToken: cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // The first refresh of this source (or of this account): create its blob, then lease it.
                await EnsureBlobAsync(blob, cancellationToken);
                await lease.AcquireAsync(Duration, cancellationToken: cancellationToken);
            }

            return new SourceLease(lease, sourceId, Duration / 3, () => local.TryRemove(sourceId, out _), logger);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            local.TryRemove(sourceId, out _);
            return null;
        }
        catch
        {
            local.TryRemove(sourceId, out _);
            throw;
        }
    }

    private static async Task EnsureBlobAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await UploadEmptyAsync(blob, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            await blob.GetParentBlobContainerClient().CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await UploadEmptyAsync(blob, cancellationToken);
        }
    }

    private static async Task UploadEmptyAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // The blob exists already (and may be leased): the lease decides.
        }
    }
}
