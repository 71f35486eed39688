namespace FactApi.Functions.Refresh;

/// <summary>The queue message that asks for one source to be refreshed as part of a run.</summary>
public sealed record RefreshSourceMessage(string RunId, string SourceId);
