using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;

namespace FactApi.Storage.Blobs;

/// <summary>
/// Source texts live in Blob Storage, named by the SHA-256 of their content: a table entity could not hold a
/// long article (64 KiB per string property), the same text is stored once, and facts can be extracted again
/// from it without fetching the source.
/// </summary>
public sealed class SourceTextStore(BlobServiceClient blobs, TableNames names)
{
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private int containerReady;

    /// <summary>Stores the text unless a blob with its hash exists; returns the hash.</summary>
    public async Task<string> PutAsync(string text, CancellationToken cancellationToken)
    {
        var hash = Hash(text);
        var container = blobs.GetBlobContainerClient(names.TextsContainer);

        // The container is created once per instance; if storage lost it since, the upload fails once and creates it again.
        if (Volatile.Read(ref containerReady) == 0)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            Volatile.Write(ref containerReady, 1);
        }

        try
        {
            await container.GetBlobClient(hash + ".txt").UploadAsync(BinaryData.FromString(text), overwrite: false, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already stored: content-addressed blobs never change.
        }
        catch (RequestFailedException e) when (e.ErrorCode == "ContainerNotFound")
        {
            Volatile.Write(ref containerReady, 0);
            throw;
        }

        return hash;
    }

    public async Task<string?> GetAsync(string hash, CancellationToken cancellationToken)
    {
        try
        {
            var content = await blobs.GetBlobContainerClient(names.TextsContainer).GetBlobClient(hash + ".txt").DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToString();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
