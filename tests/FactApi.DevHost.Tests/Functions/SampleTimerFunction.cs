using Microsoft.Azure.Functions.Worker;

namespace FactApi.DevHost.Tests.Functions;

public sealed class EverySecond(RunLog log, HostTag host)
{
    [Function(nameof(EverySecond))]
    public async Task Run([TimerTrigger("%Test:Schedule%", RunOnStartup = true)] TimerInfo timer, CancellationToken cancellationToken)
    {
        using (log.Enter(host.Name, timer.ScheduleStatus is null ? "tick" : "scheduled"))
        {
            // Long enough that overlapping runs, if the lease failed, would be seen.
            await Task.Delay(100, cancellationToken);
        }
    }
}
