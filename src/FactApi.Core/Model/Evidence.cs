namespace FactApi.Core.Model;

/// <summary>
/// Where a fact was read: the exact sentence and its character span in the source's text, so every answer can
/// cite it and a reader can find it.
/// </summary>
public sealed record Evidence(
    string SourceId,
    string? Url,
    string? Title,
    DateOnly? PublishedAt,
    string Sentence,
    int Start,
    int End);
