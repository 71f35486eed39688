namespace FactApi.Ingestion.Fetching;

/// <summary>A source to fetch; the validators from the previous fetch make it a conditional GET.</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null);
