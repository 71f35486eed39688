using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using FactApi.Core.Facts;
using FactApi.Storage.Tables;

namespace FactApi.Storage.Writing;

/// <summary>
/// What one source's facts put in storage: the key and a content hash of every entity it owns (by table and
/// partition), and a hash of what it gives each actor (roles, counts) and each topic (deciding claims). Kept on
/// the source entity (what the last complete write left) and on its pending row (what a write in progress may
/// leave), so replacing a set reads its old entities with one point read instead of partition queries, rewrites
/// only entities whose content changed, deletes exactly what the source no longer yields, and recomputes only
/// the actors and topics whose share changed. Stored as JSON over as many string properties as it needs.
/// </summary>
internal sealed record SourceKeys(
    Dictionary<string, Dictionary<string, string>> Claims,
    Dictionary<string, Dictionary<string, string>> Events,
    Dictionary<string, Dictionary<string, string>> Tallies,
    Dictionary<string, string> Actors,
    Dictionary<string, string> Topics,
    Dictionary<string, int[]>? Counts = null)
{
    private const string Property = "Keys";
    /// <summary>Stands for content that is not known (two records disagree): never equal to a hash.</summary>
    private const string Unknown = "";

    public static SourceKeys Empty => new([], [], [], [], [], []);

    /// <param name="counts">The source's claim and event count per actor, when known; null leaves them unknown, so every actor it counts is recounted.</param>
    public static SourceKeys Of(IEnumerable<TableEntity> claims, IEnumerable<TableEntity> events, IEnumerable<TableEntity> tallies, Dictionary<string, string> actors, Dictionary<string, string> topics, Dictionary<string, (int Claims, int Events)>? counts) =>
        new(Group(claims), Group(events), Group(tallies), Sorted(actors), Sorted(topics),
            counts?.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => new[] { c.Value.Claims, c.Value.Events }, StringComparer.Ordinal));

    /// <summary>
    /// Every key of both; a key whose hashes differ gets an unknown hash, so it is rewritten and recomputed. The
    /// counts of a union are unknown: it stands for what a write in progress may have left.
    /// </summary>
    public SourceKeys Union(SourceKeys other) =>
        new(Merge(Claims, other.Claims), Merge(Events, other.Events), Merge(Tallies, other.Tallies), Merge(Actors, other.Actors), Merge(Topics, other.Topics));

    /// <summary>The source's claim and event count for an actor (zero when it counts none); null when the keys do not know them.</summary>
    public (int Claims, int Events)? CountFor(string actorId) =>
        Counts is null ? null : Counts.TryGetValue(actorId, out var c) && c.Length == 2 ? (c[0], c[1]) : (0, 0);

    public static IEnumerable<(string Partition, string Row)> Keys(Dictionary<string, Dictionary<string, string>> table) =>
        table.SelectMany(p => p.Value.Keys.Select(r => (p.Key, r)));

    public static string? HashOf(Dictionary<string, Dictionary<string, string>> table, string partition, string row) =>
        table.TryGetValue(partition, out var rows) ? rows.GetValueOrDefault(row) : null;

    /// <summary>A short fingerprint of an entity's properties (not its keys): equal content, equal hash.</summary>
    public static string HashOf(TableEntity entity) =>
        Hash(string.Join("\n", entity.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
            .OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));

    public static string Hash(string content) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content)).AsSpan(0, 12));

    /// <summary>Reads the keys stored on an entity; null when it has none (written before keys were kept).</summary>
    public static SourceKeys? Read(TableEntity entity) =>
        LongStrings.Read(entity, Property) is { } json ? JsonSerializer.Deserialize(json, WritingJsonContext.Default.SourceKeys) : null;

    /// <summary>Puts the keys on <paramref name="entity"/> in as many properties as needed (a string property holds 64 KiB).</summary>
    public void WriteTo(TableEntity entity)
    {
        // A set too large to record fails here with a clear message rather than with the service's 413 (about
        // 1,500 claims in one source).
        var json = JsonSerializer.Serialize(this, WritingJsonContext.Default.SourceKeys);
        if (!LongStrings.TryWrite(entity, Property, json))
        {
            throw new FactSetTooLargeException(entity.RowKey, json.Length);
        }
    }

    private static Dictionary<string, Dictionary<string, string>> Group(IEnumerable<TableEntity> entities) =>
        entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Sorted(g.GroupBy(e => e.RowKey, StringComparer.Ordinal).ToDictionary(e => e.Key, e => HashOf(e.Last()))), StringComparer.Ordinal);

    private static Dictionary<string, string> Sorted(Dictionary<string, string> values) =>
        values.OrderBy(v => v.Key, StringComparer.Ordinal).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    private static Dictionary<string, Dictionary<string, string>> Merge(Dictionary<string, Dictionary<string, string>> a, Dictionary<string, Dictionary<string, string>> b) =>
        a.Keys.Union(b.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .ToDictionary(k => k, k => Merge(a.GetValueOrDefault(k, []), b.GetValueOrDefault(k, [])), StringComparer.Ordinal);

    private static Dictionary<string, string> Merge(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Keys.Union(b.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToDictionary(
            k => k,
            k => a.TryGetValue(k, out var x) && b.TryGetValue(k, out var y) && x != y ? Unknown : a.GetValueOrDefault(k) ?? b[k],
            StringComparer.Ordinal);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SourceKeys))]
internal sealed partial class WritingJsonContext : JsonSerializerContext;
