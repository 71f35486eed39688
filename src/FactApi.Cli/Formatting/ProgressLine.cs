using System.Diagnostics;

namespace FactApi.Cli.Formatting;

/// <summary>"[done/total] rate/s" on stderr at most once a second, and always for the last item.</summary>
internal sealed class ProgressLine(TextWriter error, int total) : IProgress<int>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private long lastReport = long.MinValue;

    public void Report(int value)
    {
        lock (gate)
        {
            if (value < total && clock.ElapsedMilliseconds - lastReport < 1000)
            {
                return;
            }

            lastReport = clock.ElapsedMilliseconds;
            error.WriteLine($"[{value}/{total}] {value / Math.Max(clock.Elapsed.TotalSeconds, 0.001):0.0}/s");
        }
    }
}
