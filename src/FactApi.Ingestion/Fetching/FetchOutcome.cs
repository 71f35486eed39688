namespace FactApi.Ingestion.Fetching;

/// <summary>How a fetch ended: a body, nothing new since the last fetch (HTTP 304), or an error.</summary>
public enum FetchOutcome
{
    Fetched,
    NotModified,
    Failed,
}
