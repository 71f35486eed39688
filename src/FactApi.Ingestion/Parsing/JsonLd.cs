using System.Text.Json;
using AngleSharp.Dom;

namespace FactApi.Ingestion.Parsing;

/// <summary>Reading schema.org JSON-LD as publishers write it: single nodes, arrays, @graph, nesting.</summary>
internal static class JsonLd
{
    // Publishers' hand-edited blocks often have trailing commas or comments; neither changes the meaning.
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonDocument Parse(string json) => JsonDocument.Parse(json, Options);

    /// <summary>The text of every <c>&lt;script type="application/ld+json"&gt;</c> in the page.</summary>
    public static IEnumerable<string> ScriptBlocks(IDocument document) =>
        document.QuerySelectorAll("script[type]")
            .Where(s => s.GetAttribute("type")!.Split(';')[0].Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.TextContent);

    /// <summary>Every object in the document, outer before inner: @graph members and nested nodes included.</summary>
    public static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current.ValueKind == JsonValueKind.Object)
            {
                yield return current;
                foreach (var property in current.EnumerateObject().Reverse())
                {
                    pending.Push(property.Value);
                }
            }
            else if (current.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in current.EnumerateArray().Reverse())
                {
                    pending.Push(item);
                }
            }
        }
    }

    /// <summary>Whether @type is (or lists) the type, written bare, as "schema:X" or as a schema.org URL.</summary>
    public static bool HasType(JsonElement node, Func<string, bool> matches)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return Each(type).Any(t => t.ValueKind == JsonValueKind.String && matches(LocalName(t.GetString()!)));
    }

    public static bool HasType(JsonElement node, string name) =>
        HasType(node, t => t.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A property's value as text: a string or number, or the first of an array of them.</summary>
    public static string? Text(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            value = value.EnumerateArray().FirstOrDefault();
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : Whitespace.Collapse(text);
    }

    /// <summary>The name of a Person or Organization property (an object, a bare string, or an array of them).</summary>
    public static string? Name(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
        {
            return null;
        }

        foreach (var candidate in Each(value))
        {
            var name = candidate.ValueKind switch
            {
                JsonValueKind.String => candidate.GetString(),
                JsonValueKind.Object => Text(candidate, "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name))
            {
                return Whitespace.Collapse(name);
            }
        }

        return null;
    }

    public static JsonElement? Child(JsonElement node, string property) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(property, out var value) ? value : null;

    /// <summary>The items of an array, or the value alone: JSON-LD lets any property hold one value or several.</summary>
    public static IEnumerable<JsonElement> Each(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];

    private static string LocalName(string type) => type[(type.LastIndexOfAny(['/', ':', '#']) + 1)..];
}
