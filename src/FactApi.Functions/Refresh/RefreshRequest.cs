namespace FactApi.Functions.Refresh;

/// <summary>Body of POST /api/admin/refresh: one source, or (empty body or no id) all enabled sources.</summary>
public sealed record RefreshRequest(string? SourceId);
