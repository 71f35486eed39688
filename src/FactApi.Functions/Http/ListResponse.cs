namespace FactApi.Functions.Http;

/// <summary>Every list route's shape: a page of items and the cursor of the next page (absent on the last).</summary>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, string? NextCursor);
