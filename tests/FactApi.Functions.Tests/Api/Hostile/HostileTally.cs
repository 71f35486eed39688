using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace FactApi.Functions.Tests.Api.Hostile;

/// <summary>Hostile requests sent per route and their outcome by status class, printed as the table in docs/reliability.md.</summary>
public sealed class HostileTally
{
    private readonly ConcurrentDictionary<string, int[]> counts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, int> byCode = new();

    public int Total => counts.Values.Sum(c => c.Sum());

    public int this[int statusClass] => counts.Values.Sum(c => c[statusClass]);

    public void Record(string route, HttpResponseMessage response)
    {
        var classes = counts.GetOrAdd(route, _ => new int[6]);
        Interlocked.Increment(ref classes[Math.Clamp((int)response.StatusCode / 100, 0, 5)]);
        byCode.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
    }

    /// <summary>Every status code seen, with its count: "200 ×812, 304 ×3, 400 ×1500, ...".</summary>
    public string ByCode() => string.Join(", ", byCode.OrderBy(c => c.Key).Select(c => $"{c.Key} ×{c.Value}"));

    public string ToMarkdown()
    {
        var text = new StringBuilder("| Route | Requests | 2xx | 3xx | 4xx | 5xx |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var (route, c) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{route}` | {c.Sum()} | {c[2]} | {c[3]} | {c[4]} | {c[5]} |\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"| all | {Total} | {this[2]} | {this[3]} | {this[4]} | {this[5]} |").ToString();
    }
}
