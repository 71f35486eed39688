using System.Text.Json;

namespace FactApi.Functions.Tests.Support;

/// <summary>Reading an OpenAPI document as JSON: operations, their parameters, local <c>$ref</c>s.</summary>
public static class OpenApiJson
{
    public static readonly string[] HttpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => HttpMethods.Contains(o.Name)).Select(o => (o.Name, p.Name, o.Value)));

    public static IEnumerable<JsonElement> Parameters(JsonElement document, JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray().Select(p => Resolve(document, p)) : [];

    /// <summary>Follows a local <c>$ref</c> (<c>#/components/...</c>) to what it names.</summary>
    public static JsonElement Resolve(JsonElement document, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$ref", out var reference))
        {
            return element;
        }

        var target = document;
        foreach (var segment in reference.GetString()!.TrimStart('#', '/').Split('/'))
        {
            target = target.GetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return Resolve(document, target);
    }
}
