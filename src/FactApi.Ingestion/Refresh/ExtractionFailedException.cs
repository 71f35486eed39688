namespace FactApi.Ingestion.Refresh;

/// <summary>
/// The extractor failed on one text (a bug the text exposed). The refresh records it as that source's failure, or
/// skips that feed item, and goes on: one article must not stop the run or cost any stored facts.
/// </summary>
public sealed class ExtractionFailedException(string sourceId, Exception inner)
    : Exception($"Extraction failed on {sourceId}: {inner.GetType().Name}: {inner.Message}", inner);
