using System.Text.Json;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Cli.Formatting;

/// <summary>The facts of one text as indented JSON: actors, events, claims, each with its evidence offsets, and
/// the mentions of each actor (coreference chains) when extraction kept them.</summary>
internal static class FactSetJson
{
    public static string Write(FactSet set)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            Array(writer, "actors", set.Actors);
            Array(writer, "events", set.Events);
            Array(writer, "claims", set.Claims);
            if (set.Mentions is { } mentions)
            {
                Array(writer, "mentions", mentions);
            }
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Array<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            JsonSerializer.Serialize(writer, item, typeof(T), ModelJsonContext.Default);
        }

        writer.WriteEndArray();
    }
}
