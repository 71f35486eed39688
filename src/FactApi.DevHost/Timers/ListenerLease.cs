using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace FactApi.DevHost.Timers;

/// <summary>
/// A blob lease that makes one host at a time the listener of a timer, like the Functions host's singleton
/// lock in the <c>azure-webjobs-hosts</c> container; other hosts sharing the storage account stay idle.
/// </summary>
internal sealed class ListenerLease(BlobServiceClient blobs, string hostId, string functionName)
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    private readonly BlobLeaseClient lease = blobs.GetBlobContainerClient("azure-webjobs-hosts")
        .GetBlobClient($"locks/{hostId}/{functionName}.Listener")
        .GetBlobLeaseClient(Guid.NewGuid().ToString());

    private bool held;

    /// <summary>Acquires the lease, or renews it when this host already holds it. False when another host holds it.</summary>
    public async Task<bool> TryHoldAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (held)
            {
                await lease.RenewAsync(cancellationToken: cancellationToken);
                return true;
            }

            await EnsureBlobAsync(cancellationToken);
            await lease.AcquireAsync(Duration, cancellationToken: cancellationToken);
            held = true;
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            held = false;
            return false;
        }
    }

    public async Task ReleaseAsync()
    {
        if (!held)
        {
            return;
        }

        held = false;
        try
        {
            await lease.ReleaseAsync();
        }
        catch (RequestFailedException)
        {
            // Expired or taken already: the lease lapses by itself within its duration.
        }
    }

    private async Task EnsureBlobAsync(CancellationToken cancellationToken)
    {
        var blob = blobs.GetBlobContainerClient("azure-webjobs-hosts").GetBlobClient($"locks/{hostId}/{functionName}.Listener");
        if (await blob.ExistsAsync(cancellationToken))
        {
            return;
        }

        await blobs.GetBlobContainerClient("azure-webjobs-hosts").CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Another host created it first, or holds a lease on it already.
        }
    }
}
