using System.Security.Cryptography;
using System.Text;
using FactApi.Ingestion.Fetching;

namespace FactApi.Ingestion.Refresh;

/// <summary>
/// Loads a document from the web (through the guarded fetcher) or from the curated folder (file URIs, which must
/// stay inside it). Files get an ETag from their content hash, so unchanged files cost nothing either.
/// </summary>
public sealed class DocumentLoader(ISourceFetcher fetcher, CuratedSources curated)
{
    public async Task<FetchResult> LoadAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        if (request.Url.Scheme is "http" or "https")
        {
            return await fetcher.FetchAsync(request, cancellationToken);
        }

        if (!request.Url.IsFile)
        {
            return new FetchResult(FetchOutcome.Failed, request.Url, null, null, null, null, null, 0, $"'{request.Url.Scheme}' URLs are not fetched: only http, https and files of the curated folder.");
        }

        var path = Path.GetFullPath(request.Url.LocalPath);
        var root = Path.GetFullPath(curated.Folder) + Path.DirectorySeparatorChar;
        if (!path.StartsWith(root, StringComparison.Ordinal))
        {
            return new FetchResult(FetchOutcome.Failed, request.Url, null, null, null, null, null, 0, "Local sources must be inside the curated folder.");
        }

        if (!File.Exists(path))
        {
            return new FetchResult(FetchOutcome.Failed, request.Url, null, null, null, null, null, 0, $"No such file: {Path.GetRelativePath(curated.Folder, path)}.");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"";
        return etag == request.ETag
            ? new FetchResult(FetchOutcome.NotModified, request.Url, null, null, null, etag, null, 0, null)
            : new FetchResult(FetchOutcome.Fetched, request.Url, null, Encoding.UTF8.GetString(bytes), ContentType(path), etag, null, bytes.Length, null);
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".xml" => "application/xml",
        ".json" => "application/json",
        _ => "text/plain",
    };
}
