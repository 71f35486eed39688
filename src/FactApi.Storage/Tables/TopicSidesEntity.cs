using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace FactApi.Storage.Tables;

/// <summary>
/// Every side row of one topic (side RowKey → its claim's JSON) kept together in one entity of the tallies table.
/// The side rows stay the record each source writes; this copy lets a write recompute a dispute from one point read
/// and replace only its own sources' sides, which gives the same result however often it is done. A topic whose
/// sides no longer fit one entity has no copy, and its disputes are recomputed from the side rows.
/// </summary>
internal static class TopicSidesEntity
{
    private const string Property = "Sides";

    /// <summary>The sides kept on the entity; null when it holds none that can be read.</summary>
    public static SortedDictionary<string, string>? Read(TableEntity entity)
    {
        if (LongStrings.Read(entity, Property) is not { } json)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var sides = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var side in document.RootElement.EnumerateObject())
            {
                sides[side.Name] = side.Value.GetRawText();
            }

            return sides;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The JSON the entity of these sides holds.</summary>
    public static string Json(SortedDictionary<string, string> sides)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (row, claim) in sides)
            {
                writer.WritePropertyName(row);
                writer.WriteRawValue(claim, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The entity holding the sides of a topic; null when they are too many for one entity.</summary>
    public static TableEntity? For(string foldedTopic, string json)
    {
        var entity = new TableEntity(Partitions.TopicSides, Partitions.TopicSidesRow(foldedTopic));
        return LongStrings.TryWrite(entity, Property, json) ? entity : null;
    }

    public static string? StoredJson(TableEntity entity) => LongStrings.Read(entity, Property);
}
