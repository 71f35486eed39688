using FactApi.DevHost.Tests.Functions;
using FactApi.TestSupport;

namespace FactApi.DevHost.Tests.Timers;

public sealed class TimerTriggerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_timer_runs_on_startup_and_then_on_its_resolved_schedule()
    {
        var log = new RunLog();
        var hostId = $"--AzureFunctionsWebHost:hostid={TablePrefix.New()}";
        await using var host = await TestDevHost.StartAsync([typeof(EverySecond)], azurite.ConnectionString, log, "a", "--Test:Schedule=*/1 * * * * *", hostId);

        await Eventually.TrueAsync(() => log.Runs.Count >= 3, TimeSpan.FromSeconds(20), "three timer runs");

        Assert.Equal(1, log.MaxConcurrent);
    }

    [Fact]
    public async Task Two_hosts_sharing_storage_run_a_timer_one_at_a_time_from_one_listener()
    {
        var log = new RunLog();
        string[] settings = ["--Test:Schedule=*/1 * * * * *", $"--AzureFunctionsWebHost:hostid={TablePrefix.New()}"];
        await using var first = await TestDevHost.StartAsync([typeof(EverySecond)], azurite.ConnectionString, log, "first", settings);
        await using var second = await TestDevHost.StartAsync([typeof(EverySecond)], azurite.ConnectionString, log, "second", settings);

        await Eventually.TrueAsync(() => log.Runs.Count >= 4, TimeSpan.FromSeconds(20), "four timer runs");

        Assert.Equal(1, log.MaxConcurrent);
        Assert.Single(log.Runs.Select(r => r.Host).Distinct());
    }
}
