namespace FactApi.Ingestion.Fetching;

/// <summary>
/// What a fetch gave. <see cref="Body"/> is set only for <see cref="FetchOutcome.Fetched"/>; <see cref="Error"/>
/// only for <see cref="FetchOutcome.Failed"/>; <see cref="Bytes"/> counts the body bytes actually read.
/// </summary>
public sealed record FetchResult(FetchOutcome Outcome, Uri FinalUrl, int? HttpStatus, string? Body, string? ContentType,
    string? ETag, string? LastModified, long Bytes, string? Error)
{
    internal static FetchResult Failed(Uri url, string error, int? httpStatus = null, long bytes = 0) =>
        new(FetchOutcome.Failed, url, httpStatus, null, null, null, null, bytes, error);
}
