using System.Globalization;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Storage.Tables;

/// <summary>
/// Every PartitionKey/RowKey FactApi writes, in one place (docs/storage.md describes the same layout).
/// Each list route reads one partition; index partitions hold full copies so a page is one query.
/// </summary>
public static class Partitions
{
    public const string Actor = "actor";
    public const string Name = "name";
    public const string Claim = "claim";
    public const string Event = "event";
    public const string ByDate = "date";
    public const string Source = "source";
    public const string Dataset = "dataset";
    public const string Dispute = "dispute";

    /// <summary>Sources table: what a write in progress may have left, until its source entity is written.</summary>
    public const string Pending = "pending";

    /// <summary>Tallies table: one source's claim and event counts for one actor (RowKey <see cref="CountRow"/>).</summary>
    public const string Count = "count";

    /// <summary>Tallies table: one source's deciding claim of one speaker on one topic (RowKey <see cref="SideRow"/>).</summary>
    public const string Side = "side";

    /// <summary>
    /// Tallies table: every side row of one topic in one entity (RowKey <see cref="TopicSidesRow"/>), so a dispute
    /// is recomputed from a point read instead of a range query.
    /// </summary>
    public const string TopicSides = "sides";

    /// <summary>Sorts before every date key: facts with no date come first.</summary>
    public const string NoDate = "00000000";

    public static string Speaker(string actorId) => TableKey.Join("speaker", actorId);

    public static string ActorEvents(string actorId) => TableKey.Join("actor", actorId);

    public static string OfSource(string sourceId) => TableKey.Join("source", sourceId);

    public static string Topic(string topic) => TableKey.Join("topic", SearchKey.Fold(topic));

    public static string DateKey(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string DateKey(TemporalValue? value) => value is null ? NoDate : DateKey(value.Start);

    /// <summary>The date a claim is filed under: when it was said, else when it was published.</summary>
    public static string ClaimDateKey(Claim claim) =>
        claim.SaidOn is not null ? DateKey(claim.SaidOn) : claim.Evidence.PublishedAt is { } published ? DateKey(published) : NoDate;

    public static string NameRow(string foldedName, string actorId) => TableKey.Join(foldedName, actorId);

    public static string CountRow(string actorId, string sourceId) => TableKey.Join(actorId, sourceId);

    public static string SideRow(string foldedTopic, string speakerId, string sourceId) => TableKey.Join(foldedTopic, speakerId, sourceId);

    public static string TopicSidesRow(string foldedTopic) => TableKey.Encode(foldedTopic);

    /// <summary>The source a side row (<see cref="SideRow"/>) is of, as encoded: its last key part.</summary>
    public static string SourceOfSideRow(string sideRow) => sideRow[(sideRow.LastIndexOf('|') + 1)..];

    /// <summary>The RowKey range [start, end) of every row whose first key part is <paramref name="first"/>.</summary>
    public static (string Start, string End) RowsOf(string first) => (TableKey.Encode(first) + "|", TableKey.Encode(first) + "}");
}
