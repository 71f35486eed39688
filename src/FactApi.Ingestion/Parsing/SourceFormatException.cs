namespace FactApi.Ingestion.Parsing;

/// <summary>A fetched body that cannot be read as what its source claims to be (feed, page, ClaimReview).</summary>
public sealed class SourceFormatException(string message) : Exception(message);
