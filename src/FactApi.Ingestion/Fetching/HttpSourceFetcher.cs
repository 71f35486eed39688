using System.Net;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FactApi.Ingestion.Fetching;

/// <summary>
/// <see cref="ISourceFetcher"/> over the named client from <see cref="FetchingServiceCollectionExtensions"/>: a
/// conditional GET, redirects followed here (so each hop's scheme is checked; the guard checks each connection),
/// the body streamed up to <see cref="FetchOptions.MaxBytes"/>, every failure turned into a result.
/// </summary>
internal sealed class HttpSourceFetcher(IHttpClientFactory clients, IOptions<FetchOptions> options) : ISourceFetcher
{
    public const string ClientName = "FactApi.Fetching";

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = request.Url;
        if (!IsHttp(url))
        {
            return FetchResult.Failed(url, $"Only http and https sources are fetched: '{url.OriginalString}' was not requested.");
        }

        var settings = options.Value;

        // The resilience pipeline's timeouts end when the headers arrive; this one also bounds reading the body.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.Timeout);
        var current = url;
        try
        {
            using var client = clients.CreateClient(ClientName);
            for (var hop = 0; ; hop++)
            {
                using var message = Request(current, request);
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
                if (Redirects.Target(current, response) is not { } next)
                {
                    return await ResponseReader.ReadAsync(current, response, settings.MaxBytes, deadline.Token).ConfigureAwait(false);
                }

                if (!IsHttp(next))
                {
                    return FetchResult.Failed(current, $"Redirect to a non-http(s) URL ({next.Scheme}:) refused.", (int)response.StatusCode);
                }

                if (current.Scheme == Uri.UriSchemeHttps && next.Scheme == Uri.UriSchemeHttp)
                {
                    // As HttpClient's own redirect handling: a source does not lose TLS on the way.
                    return FetchResult.Failed(current, $"Redirect from https to http ({next}) refused.", (int)response.StatusCode);
                }

                if (hop == Redirects.MaxHops)
                {
                    return FetchResult.Failed(current, $"More than {Redirects.MaxHops} redirects: not followed further.", (int)response.StatusCode);
                }

                current = next;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutRejectedException)
        {
            return FetchResult.Failed(current, $"Timed out after {settings.Timeout.TotalSeconds:0.#} s.");
        }
        catch (BrokenCircuitException)
        {
            return FetchResult.Failed(current, $"{current.Authority} failed repeatedly of late; its circuit is open, so it was not requested.");
        }
        catch (HttpRequestException ex) when (FetchResilience.Refusal(ex) is { } refused)
        {
            return FetchResult.Failed(current, refused.Message);
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failed(current, $"Request failed: {ex.Message}", (int?)ex.StatusCode);
        }
        catch (IOException ex)
        {
            return FetchResult.Failed(current, $"The connection broke while reading the body: {ex.Message}");
        }
    }

    private static HttpRequestMessage Request(Uri url, FetchRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        if (!string.IsNullOrEmpty(request.ETag))
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        }

        if (!string.IsNullOrEmpty(request.LastModified))
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        }

        return message;
    }

    internal static bool IsHttp(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
