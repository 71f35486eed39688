namespace FactApi.Core.Extraction;

/// <summary>One text to extract facts from, with what is known of its source.</summary>
public sealed record ExtractionInput(string SourceId, string? Url, string? Title, DateOnly? PublishedAt, string Text);
