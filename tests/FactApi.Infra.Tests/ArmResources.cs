using System.Text.Json.Nodes;

namespace FactApi.Infra.Tests;

/// <summary>Finds resources in a compiled template, including those inside module (nested deployment) templates.</summary>
internal static class ArmResources
{
    /// <summary>Every deployed resource, in document order; modules are walked into, <c>existing</c> references skipped.</summary>
    public static IEnumerable<JsonObject> All(JsonNode template)
    {
        // Bicep emits an array, or with languageVersion 2.0 an object keyed by symbolic name.
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(r => r!.AsObject()),
            JsonObject map => map.Select(p => p.Value!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            if (resource["existing"]?.GetValue<bool>() == true)
            {
                continue;
            }

            yield return resource;
            if (TypeOf(resource) == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is { } nested)
            {
                foreach (var inner in All(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode template, string type) =>
        All(template).Where(r => string.Equals(TypeOf(r), type, StringComparison.OrdinalIgnoreCase));

    public static JsonObject Single(JsonNode template, string type) => Assert.Single(OfType(template, type));

    private static string? TypeOf(JsonObject resource) => resource["type"]?.GetValue<string>();
}
