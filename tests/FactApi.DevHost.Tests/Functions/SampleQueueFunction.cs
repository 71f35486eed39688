using Microsoft.Azure.Functions.Worker;

namespace FactApi.DevHost.Tests.Functions;

public sealed record WorkItem(string Id, bool Fail);

public sealed class ProcessWork(RunLog log, HostTag host)
{
    [Function(nameof(ProcessWork))]
    public void Run([QueueTrigger("%Test:Queue%")] WorkItem item)
    {
        using (log.Enter(host.Name, item.Id))
        {
            if (item.Fail)
            {
                throw new InvalidOperationException($"work item {item.Id} always fails");
            }
        }
    }
}
