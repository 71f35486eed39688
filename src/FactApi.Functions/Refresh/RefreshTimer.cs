using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Refresh;

/// <summary>On the refresh schedule, enqueues every source that is due; the queue function does the work.</summary>
public sealed class RefreshTimer(RefreshPlanner planner)
{
    [Function(nameof(RefreshTimer))]
    public Task Run([TimerTrigger("%FactApi:RefreshSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        planner.PlanAsync("timer", onlyDue: true, sourceId: null, cancellationToken);
}
