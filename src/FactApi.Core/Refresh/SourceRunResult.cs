namespace FactApi.Core.Refresh;

/// <summary>How refreshing one source went in one run.</summary>
public sealed record SourceRunResult(
    string RunId,
    string SourceId,
    DateTimeOffset At,
    string Status,
    int? HttpStatus,
    long Bytes,
    int Added,
    int Removed,
    string? Error,
    long Milliseconds)
{
    public const string Updated = "updated";
    public const string Unchanged = "unchanged";
    public const string NotModified = "not-modified";
    public const string Failed = "failed";

    /// <summary>Another refresh of the source (on this host or another) was running; it was left to that one.</summary>
    public const string Skipped = "skipped";
}
