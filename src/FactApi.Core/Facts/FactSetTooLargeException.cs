namespace FactApi.Core.Facts;

/// <summary>
/// A source yields more facts than the store can record as one set (their keys outgrow one entity); nothing of it
/// was written. The refresh leaves that source out and writes the rest.
/// </summary>
public sealed class FactSetTooLargeException(string sourceId, int characters)
    : Exception($"Source '{sourceId}' has too many facts to record their keys ({characters} characters).")
{
    public string SourceId { get; } = sourceId;
}
