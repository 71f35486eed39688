namespace FactApi.Ingestion.Fetching;

/// <summary>
/// Fetches one source over HTTP. It never throws for a source's fault (bad URL, refused host, timeout, HTTP error,
/// oversized body): those end as <see cref="FetchOutcome.Failed"/> with a message; only the caller's own
/// cancellation throws.
/// </summary>
public interface ISourceFetcher
{
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken);
}
