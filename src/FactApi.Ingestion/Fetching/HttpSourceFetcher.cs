using System.Net;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FactApi.Ingestion.Fetching;

/// <summary>
/// <see cref="ISourceFetcher"/> over the named client from <see cref="FetchingServiceCollectionExtensions"/>: a
/// conditional GET, the body streamed up to <see cref="FetchOptions.MaxBytes"/>, every failure turned into a result.
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
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        if (!string.IsNullOrEmpty(request.ETag))
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        }

        if (!string.IsNullOrEmpty(request.LastModified))
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        }

        try
        {
            using var client = clients.CreateClient(ClientName);
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            return await ResponseReader.ReadAsync(url, response, settings.MaxBytes, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutRejectedException)
        {
            return FetchResult.Failed(url, $"Timed out after {settings.Timeout.TotalSeconds:0.#} s.");
        }
        catch (BrokenCircuitException)
        {
            return FetchResult.Failed(url, $"{url.Authority} failed repeatedly of late; its circuit is open, so it was not requested.");
        }
        catch (HttpRequestException ex) when (FetchResilience.Refusal(ex) is { } refused)
        {
            return FetchResult.Failed(url, refused.Message);
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failed(url, $"Request failed: {ex.Message}", (int?)ex.StatusCode);
        }
        catch (IOException ex)
        {
            return FetchResult.Failed(url, $"The connection broke while reading the body: {ex.Message}");
        }
    }

    internal static bool IsHttp(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
