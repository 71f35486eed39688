namespace FactApi.Core.Refresh;

/// <summary>The record of refresh runs, per run and per source.</summary>
public interface IRefreshLog
{
    Task StartAsync(RefreshRun run, CancellationToken cancellationToken);

    /// <summary>Records one source's result; the run is marked ended when every planned source has reported.</summary>
    Task RecordAsync(SourceRunResult result, CancellationToken cancellationToken);

    Task<IReadOnlyList<SourceRunResult>> RecentAsync(string sourceId, int count, CancellationToken cancellationToken);

    Task<RefreshRun?> GetRunAsync(string runId, CancellationToken cancellationToken);
}
