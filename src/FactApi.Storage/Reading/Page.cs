namespace FactApi.Storage.Reading;

/// <summary>One page of a list and the opaque cursor of the next page, if there is one.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
