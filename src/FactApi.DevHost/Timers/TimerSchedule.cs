using System.Globalization;
using NCrontab;

namespace FactApi.DevHost.Timers;

/// <summary>A timer trigger's schedule: six-field NCRONTAB, or a TimeSpan interval, as the Functions host accepts.</summary>
public sealed class TimerSchedule
{
    private readonly CrontabSchedule? cron;
    private readonly TimeSpan? interval;

    private TimerSchedule(string expression, CrontabSchedule? cron, TimeSpan? interval)
    {
        Expression = expression;
        this.cron = cron;
        this.interval = interval;
    }

    public string Expression { get; }

    public static TimerSchedule? TryParse(string expression)
    {
        var cron = CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        if (cron is not null)
        {
            return new TimerSchedule(expression, cron, null);
        }

        return TimeSpan.TryParse(expression, CultureInfo.InvariantCulture, out var every) && every > TimeSpan.Zero
            ? new TimerSchedule(expression, null, every)
            : null;
    }

    public DateTime NextAfter(DateTime utc) =>
        cron is not null ? cron.GetNextOccurrence(utc) : utc + interval!.Value;
}
