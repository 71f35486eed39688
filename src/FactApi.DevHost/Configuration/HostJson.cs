using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace FactApi.DevHost.Configuration;

/// <summary>The parts of host.json the dev host honours, with the Functions host's defaults.</summary>
public sealed record HostJson(
    string RoutePrefix,
    TimeSpan FunctionTimeout,
    int QueueBatchSize,
    int QueueMaxDequeueCount,
    TimeSpan QueueVisibilityTimeout,
    TimeSpan QueueMaxPollingInterval)
{
    public static HostJson Defaults { get; } = new("api", TimeSpan.FromMinutes(5), 16, 5, TimeSpan.Zero, TimeSpan.FromMinutes(1));

    public static HostJson Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        var extensions = root.TryGetProperty("extensions", out var e) ? e : default;
        var http = Child(extensions, "http");
        var queues = Child(extensions, "queues");
        return new HostJson(
            String(http, "routePrefix") ?? Defaults.RoutePrefix,
            Time(root, "functionTimeout") ?? Defaults.FunctionTimeout,
            Int(queues, "batchSize") ?? Defaults.QueueBatchSize,
            Int(queues, "maxDequeueCount") ?? Defaults.QueueMaxDequeueCount,
            Time(queues, "visibilityTimeout") ?? Defaults.QueueVisibilityTimeout,
            Time(queues, "maxPollingInterval") ?? Defaults.QueueMaxPollingInterval);
    }

    /// <summary>
    /// host.json next to the Functions build output, else in the working directory; then the app settings
    /// that override it (<c>AzureFunctionsJobHost__extensions__queues__batchSize</c>...), as in Azure.
    /// </summary>
    public static HostJson Find(IConfiguration configuration)
    {
        var found = Defaults;
        foreach (var folder in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var path = Path.Combine(folder, "host.json");
            if (File.Exists(path))
            {
                found = Load(path);
                break;
            }
        }

        var overrides = configuration.GetSection("AzureFunctionsJobHost");
        var queues = overrides.GetSection("extensions:queues");
        return found with
        {
            RoutePrefix = overrides["extensions:http:routePrefix"] ?? found.RoutePrefix,
            FunctionTimeout = ParseTime(overrides["functionTimeout"]) ?? found.FunctionTimeout,
            QueueBatchSize = ParseInt(queues["batchSize"]) ?? found.QueueBatchSize,
            QueueMaxDequeueCount = ParseInt(queues["maxDequeueCount"]) ?? found.QueueMaxDequeueCount,
            QueueVisibilityTimeout = ParseTime(queues["visibilityTimeout"]) ?? found.QueueVisibilityTimeout,
            QueueMaxPollingInterval = ParseTime(queues["maxPollingInterval"]) ?? found.QueueMaxPollingInterval,
        };
    }

    private static TimeSpan? ParseTime(string? text) => text is null ? null : TimeSpan.Parse(text, CultureInfo.InvariantCulture);

    private static int? ParseInt(string? text) => text is null ? null : int.Parse(text, CultureInfo.InvariantCulture);

    private static JsonElement Child(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) ? child : default;

    private static string? String(JsonElement element, string name) =>
        Child(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        Child(element, name) is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : null;

    private static TimeSpan? Time(JsonElement element, string name) =>
        ParseTime(String(element, name));
}
