using FactApi.DevHost.Configuration;
using FactApi.DevHost.Discovery;
using FactApi.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactApi.DevHost.Timers;

/// <summary>
/// Runs one <c>[TimerTrigger]</c> function on its schedule, one run at a time across every host that shares
/// the storage account (a blob lease elects the listener), with <c>RunOnStartup</c> honoured.
/// </summary>
internal sealed class TimerFunctionRunner(
    FunctionInvoker invoker,
    TimerSchedule schedule,
    bool runOnStartup,
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    HostJson hostJson,
    string hostId,
    ILogger<TimerFunctionRunner> logger) : BackgroundService
{
    private static readonly TimeSpan RenewEvery = ListenerLease.Duration / 3;

    /// <summary>Checks the function and resolves its schedule when the host is built, so mistakes stop start-up.</summary>
    public static TimerSchedule ReadSchedule(FunctionDescriptor function, IConfiguration configuration)
    {
        if (function.TriggerParameter.ParameterType != typeof(TimerInfo))
        {
            throw new DevHostStartupException($"Function '{function.Name}': a timer trigger parameter must be TimerInfo, not {function.TriggerParameter.ParameterType.Name}.");
        }

        foreach (var parameter in function.Method.GetParameters())
        {
            if (parameter != function.TriggerParameter && parameter.ParameterType != typeof(CancellationToken))
            {
                throw new DevHostStartupException($"Function '{function.Name}': cannot bind parameter '{parameter.Name}' ({parameter.ParameterType.Name}) of a timer function.");
            }
        }

        var expression = AppSettingExpression.Resolve(function.Timer!.Schedule, configuration, function.Name);
        return TimerSchedule.TryParse(expression)
            ?? throw new DevHostStartupException($"Function '{function.Name}': schedule '{expression}' (from '{function.Timer.Schedule}') is neither six-field NCRONTAB nor a TimeSpan.");
    }

    public static TimerFunctionRunner Create(FunctionDescriptor function, TimerSchedule schedule, IServiceProvider services, HostJson hostJson, string hostId) =>
        new(new FunctionInvoker(function), schedule, function.Timer!.RunOnStartup,
            services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<IConfiguration>(), hostJson, hostId,
            services.GetRequiredService<ILogger<TimerFunctionRunner>>());

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var name = invoker.Function.Name;
        var blobs = StorageConnection.FromConfiguration(configuration).CreateBlobServiceClient(new Azure.Storage.Blobs.BlobClientOptions());
        var lease = new ListenerLease(blobs, hostId, name);
        var last = DateTime.UtcNow;
        var next = schedule.NextAfter(last);
        var startupRunDone = !runOnStartup;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var holding = await TryHoldAsync(lease, stoppingToken);
                var now = DateTime.UtcNow;
                if (holding && (!startupRunDone || now >= next))
                {
                    startupRunDone = true;
                    next = schedule.NextAfter(now);
                    await RunOnceAsync(lease, new TimerInfo { IsPastDue = false, ScheduleStatus = new ScheduleStatus { Last = last, Next = next, LastUpdated = now } }, stoppingToken);
                    last = now;
                    continue;
                }

                var wait = next - DateTime.UtcNow;
                await Task.Delay(wait < RenewEvery ? (wait > TimeSpan.Zero ? wait : TimeSpan.Zero) : RenewEvery, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await lease.ReleaseAsync();
        }
    }

    private async Task<bool> TryHoldAsync(ListenerLease lease, CancellationToken stoppingToken)
    {
        try
        {
            return await lease.TryHoldAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Timer {Function}: storage unavailable for its listener lease ({Error}); retrying.", invoker.Function.Name, e.Message);
            return false;
        }
    }

    private async Task RunOnceAsync(ListenerLease lease, TimerInfo info, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(hostJson.FunctionTimeout);
        // The lease must outlive a long run, or a second host would start the same timer.
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewal = RenewWhileRunningAsync(lease, renewing.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var arguments = invoker.Function.Method.GetParameters()
                .Select(p => p.ParameterType == typeof(CancellationToken) ? (object)timeout.Token : info)
                .ToArray();
            logger.LogInformation("Executing '{Function}' (timer, next {Next:O})", invoker.Function.Name, info.ScheduleStatus?.Next);
            await invoker.InvokeAsync(scope.ServiceProvider, arguments);
            logger.LogInformation("Executed '{Function}' (Succeeded)", invoker.Function.Name);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Executed '{Function}' (Failed)", invoker.Function.Name);
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
        }
    }

    private static async Task RenewWhileRunningAsync(ListenerLease lease, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(RenewEvery, cancellationToken);
                await lease.TryHoldAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Azure.RequestFailedException)
        {
        }
    }
}
