namespace FactApi.Ingestion.Parsing;

/// <summary>An article's main text (paragraphs separated by blank lines) and what its page says about it.</summary>
public sealed record ArticleContent(string? Title, string Text, DateOnly? PublishedAt, string? Publisher);
