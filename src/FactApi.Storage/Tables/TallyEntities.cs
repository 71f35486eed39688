using Azure.Data.Tables;
using FactApi.Core.Disputes;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Storage.Tables;

/// <summary>
/// What one source contributes to facts shared across sources, as small rows of the tallies table: its claim and
/// event counts per actor, and per topic and speaker the one claim of it that can decide a dispute (the one
/// <see cref="Core.Disputes.DisputeFinder"/> would pick). Counts and disputes are recomputed from these rows, so a
/// refresh never counts or reads the big index partitions.
/// </summary>
internal static class TallyEntities
{
    public const string Claims = "Claims";
    public const string Events = "Events";

    /// <summary>The source's count row for each actor it quotes or names in an event.</summary>
    public static Dictionary<string, TableEntity> Counts(FactSet set)
    {
        var claims = set.Claims.Where(c => c.Speaker.ActorId is not null).GroupBy(c => c.Speaker.ActorId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var events = set.Events.SelectMany(e => e.Actors.Distinct(StringComparer.Ordinal)).GroupBy(a => a, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return claims.Keys.Union(events.Keys, StringComparer.Ordinal).ToDictionary(
            actor => actor,
            actor => new TableEntity(Partitions.Count, Partitions.CountRow(actor, set.Source.Id))
            {
                [Claims] = claims.GetValueOrDefault(actor),
                [Events] = events.GetValueOrDefault(actor),
            },
            StringComparer.Ordinal);
    }

    /// <summary>The folded topic on which a claim takes a side in a dispute: only a linked speaker's claim with a topic does.</summary>
    public static string? TopicOf(Claim claim) =>
        claim.Speaker.ActorId is not null && !string.IsNullOrWhiteSpace(claim.Topic) ? SearchKey.Fold(claim.Topic) : null;

    /// <summary>The source's side rows by folded topic: per speaker, the claim that can decide a dispute.</summary>
    public static Dictionary<string, List<TableEntity>> Sides(FactSet set) =>
        set.Claims.Where(c => TopicOf(c) is not null)
            .GroupBy(c => (Topic: TopicOf(c)!, Speaker: c.Speaker.ActorId!))
            .Select(side => (side.Key, Deciding: DisputeFinder.Deciding(side)))
            .GroupBy(side => side.Key.Topic, StringComparer.Ordinal)
            .ToDictionary(
                topic => topic.Key,
                topic => topic.Select(side => new TableEntity(Partitions.Side, Partitions.SideRow(side.Key.Topic, side.Key.Speaker, set.Source.Id)) { [FactEntities.Data] = FactEntities.Json(side.Deciding) }).ToList(),
                StringComparer.Ordinal);
}
