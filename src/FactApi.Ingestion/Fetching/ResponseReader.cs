using System.Net;

namespace FactApi.Ingestion.Fetching;

/// <summary>Turns a response (headers read, body not yet) into a <see cref="FetchResult"/>.</summary>
internal static class ResponseReader
{
    public static async Task<FetchResult> ReadAsync(Uri requested, HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken)
    {
        var finalUrl = response.RequestMessage?.RequestUri ?? requested;
        var status = (int)response.StatusCode;
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R");

        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult(FetchOutcome.NotModified, finalUrl, status, null, null, etag, lastModified, 0, null);
        }

        if (!response.IsSuccessStatusCode)
        {
            return FetchResult.Failed(finalUrl, $"HTTP {status} ({response.ReasonPhrase}).", status);
        }

        if (response.Content.Headers.ContentLength is { } declared && declared > maxBytes)
        {
            return FetchResult.Failed(finalUrl,
                $"The body ({declared} bytes declared) is over the {maxBytes}-byte limit: cut off at the limit, nothing read.", status);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var (bytes, cutOff) = await BoundedBody.ReadAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
            if (cutOff)
            {
                return FetchResult.Failed(finalUrl,
                    $"The body went past the {maxBytes}-byte limit and was cut off at the limit.", status, bytes.LongLength);
            }

            var contentType = response.Content.Headers.ContentType;
            var body = BoundedBody.Decode(bytes, contentType?.CharSet);
            return new FetchResult(FetchOutcome.Fetched, finalUrl, status, body, contentType?.MediaType, etag, lastModified, bytes.LongLength, null);
        }
    }
}
