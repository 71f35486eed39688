using System.Collections.Concurrent;

namespace FactApi.DevHost.Tests.Functions;

/// <summary>What the test functions did, shared by every host in a test so runs can be compared.</summary>
public sealed class RunLog
{
    private int running;
    private int maxConcurrent;

    public ConcurrentQueue<(string Host, string What)> Runs { get; } = new();

    public int MaxConcurrent => Volatile.Read(ref maxConcurrent);

    public IDisposable Enter(string host, string what)
    {
        var now = Interlocked.Increment(ref running);
        int seen;
        while (now > (seen = Volatile.Read(ref maxConcurrent)) && Interlocked.CompareExchange(ref maxConcurrent, now, seen) != seen)
        {
        }

        Runs.Enqueue((host, what));
        return new Exit(this);
    }

    private sealed class Exit(RunLog log) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref log.running);
    }
}

/// <summary>Names the host a function ran in (each host gets its own instance).</summary>
public sealed record HostTag(string Name);
