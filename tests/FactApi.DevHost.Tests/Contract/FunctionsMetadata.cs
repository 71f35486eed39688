using System.Reflection;
using System.Text.Json;
using FactApi.TestSupport;

namespace FactApi.DevHost.Tests.Contract;

/// <summary>
/// The <c>functions.metadata</c> the worker SDK generates when it builds the Functions project: what the real
/// Functions host reads to route requests and schedule triggers.
/// </summary>
internal sealed record FunctionsMetadata(string Name, string EntryPoint, JsonElement Trigger)
{
    public static IReadOnlyList<FunctionsMetadata> Load()
    {
        var configuration = typeof(FunctionsMetadata).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Path.Combine(RepositoryRoot.Path, "src", "FactApi.Functions", "bin", configuration, "net10.0", "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: the Functions project's build should have generated it.");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray()
            .Select(f => new FunctionsMetadata(
                f.GetProperty("name").GetString()!,
                f.GetProperty("entryPoint").GetString()!,
                f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).Clone()))
            .ToList();
    }

    public string TriggerType => Trigger.GetProperty("type").GetString()!;

    public string? Property(string name) =>
        Trigger.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public IReadOnlyList<string> Methods =>
        Trigger.TryGetProperty("methods", out var methods) && methods.ValueKind == JsonValueKind.Array
            ? methods.EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).Order(StringComparer.Ordinal).ToList()
            : [];
}
