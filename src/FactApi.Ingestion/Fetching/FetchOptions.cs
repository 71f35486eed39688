namespace FactApi.Ingestion.Fetching;

/// <summary>Fetch settings, bound from the <c>FactApi</c> configuration section.</summary>
public sealed class FetchOptions
{
    /// <summary>
    /// Lets sources resolve to loopback, private, link-local and other internal addresses. Off in Azure: a curated
    /// URL (or a redirect from it) must never reach the metadata endpoint or the app's own network.
    /// </summary>
    public bool AllowPrivateNetworkSources { get; set; }

    /// <summary>
    /// Host names exempt from the private-network guard while it is on (an internal mirror, a local test server).
    /// Matched against the URL's host as written, so a redirect to another name is still checked.
    /// </summary>
    public IList<string> PrivateNetworkHostExceptions { get; } = [];

    /// <summary>The most body bytes read from one response; a larger body is cut off there and the fetch fails.</summary>
    public int MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The whole fetch, retries and body included, ends by then.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries after a transient failure (5xx, 408, 429, network error, attempt timeout).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first retry's delay; later ones back off exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Sent with every request: some publishers refuse anonymous clients.</summary>
    public string UserAgent { get; set; } = "FactApi/1.0 (news fact refresh)";
}
