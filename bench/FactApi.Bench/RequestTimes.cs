using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace FactApi.Bench;

/// <summary>Request counts and time by kind (method and path without keys), to see where a write spends its time.</summary>
internal sealed class RequestTimes : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, (int Count, double Milliseconds)> kinds = new();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => throw new NotSupportedException();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var clock = Stopwatch.StartNew();
        await ProcessNextAsync(message, pipeline);
        var path = message.Request.Uri.Path;
        var kind = $"{message.Request.Method} {Kind(path, message.Request.Uri.Query)}";
        kinds.AddOrUpdate(kind, (1, clock.Elapsed.TotalMilliseconds), (_, v) => (v.Count + 1, v.Milliseconds + clock.Elapsed.TotalMilliseconds));
    }

    public void Print(string what)
    {
        foreach (var (kind, (count, ms)) in kinds.OrderByDescending(k => k.Value.Milliseconds))
        {
            Console.Error.WriteLine($"{what}: {kind,-50} {count,5} requests {ms,9:0} ms");
        }

        kinds.Clear();
    }

    private static string Kind(string path, string query)
    {
        var last = path[(path.LastIndexOf('/') + 1)..];
        var table = last.Split('(')[0];
        return last.Contains("PartitionKey=", StringComparison.Ordinal) || last.EndsWith(')') && last.Contains('\'') ? table + "(point)"
            : query.Contains("filter", StringComparison.OrdinalIgnoreCase) ? table + "?query"
            : table;
    }
}
