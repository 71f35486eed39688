using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FactApi.Core.Disputes;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Storage.Tables;

namespace FactApi.Storage.Writing;

/// <summary>
/// Facts shared by sources, brought up to date once per write for the actors and topics it touched: each actor's
/// roles and counts, each topic's dispute. Counts and sides come from the tallies table, never from the claim and
/// event indexes. Every entity is written on condition of the ETag read, so when writers of other sources race, the
/// last write to succeed has seen every tally written before it; a lost race reads and recomputes again.
/// </summary>
public sealed partial class FactWriter
{
    /// <summary>The actors whose share any of the plans changed, in key order.</summary>
    private static List<string> TouchedActors(List<Plan> plans) =>
        plans.SelectMany(p => p.Touched(k => k.Actors)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Brings the touched actors up to date. <paramref name="before"/> holds them as read before this write wrote any
    /// tally: on the first attempt, a stored actor's counts move by what the written sources' counts moved (their
    /// old counts are on their keys), which needs no query. An actor that is new, a write that finishes an
    /// interrupted one (its old counts are not known) and every attempt after a lost race recount instead, from the
    /// actor's count rows. A delta is applied only on condition of the ETag read before the tallies, so it can
    /// neither count this write twice nor miss another writer's.
    /// </summary>
    private async Task UpdateActorsAsync(List<Plan> plans, List<string> touched, TableEntity?[] before, CancellationToken cancellationToken)
    {
        var rewritten = plans.Select(p => p.Set.Source.Id).ToHashSet(StringComparer.Ordinal);
        var fromSets = plans.SelectMany(p => p.Set.Actors).GroupBy(a => a.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (First: g.First(), Roles: g.SelectMany(a => a.Roles).ToList()), StringComparer.Ordinal);
        var deltas = CountDeltas(plans, touched);
        var actorTable = tables.GetTableClient(names.Actors);
        var talliesTable = tables.GetTableClient(names.Tallies);
        for (var attempt = 1; ; attempt++)
        {
            var stored = attempt == 1 ? before : await ReadEntitiesAsync(actorTable, Partitions.Actor, touched, cancellationToken);
            var actors = stored.Select(e => e is null ? null : FactEntities.Read<Actor>(e)).ToArray();
            var counts = await CountsAsync(talliesTable, touched, actors, attempt == 1 ? deltas : null, cancellationToken);
            var writes = new List<TableTransactionAction>();
            var nameRows = new List<TableEntity>();
            for (var i = 0; i < touched.Count; i++)
            {
                var id = touched[i];
                if (actors[i] is null && !fromSets.ContainsKey(id))
                {
                    continue;
                }

                var actor = actors[i] is { } known ? Renamed(known, fromSets.GetValueOrDefault(id).First) : fromSets[id].First with { Roles = [] };
                var updated = actor with
                {
                    Roles = MergeRoles(actor.Roles, r => r.Evidence?.SourceId is { } source && rewritten.Contains(source), fromSets.TryGetValue(id, out var mentioned) ? mentioned.Roles : []),
                    ClaimCount = counts[i].Claims,
                    EventCount = counts[i].Events,
                };
                var primary = FactEntities.ForActor(updated).First();
                if (stored[i] is null)
                {
                    // Name rows go first: a rerun finds the actor missing and writes them again, never the reverse.
                    nameRows.AddRange(FactEntities.ForActor(updated).Skip(1));
                    writes.Add(new TableTransactionAction(TableTransactionActionType.Add, primary));
                }
                else if (stored[i]!.GetString(FactEntities.Data) != primary.GetString(FactEntities.Data))
                {
                    writes.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, primary, stored[i]!.ETag));
                }
            }

            await TableBatcher.UpsertAsync(actorTable, nameRows, cancellationToken);
            if (await TrySubmitAsync(actorTable, writes, attempt, cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>How much each touched actor's counts move in this write; null when a plan's old counts are not known.</summary>
    private static (int Claims, int Events)[]? CountDeltas(List<Plan> plans, List<string> touched)
    {
        if (plans.Any(p => p.Recovering || p.Old.Counts is null))
        {
            return null;
        }

        return touched.Select(id => plans.Aggregate((Claims: 0, Events: 0), (sum, p) =>
        {
            var (newClaims, newEvents) = p.New.CountFor(id) ?? (0, 0);
            var (oldClaims, oldEvents) = p.Old.CountFor(id) ?? (0, 0);
            return (sum.Claims + newClaims - oldClaims, sum.Events + newEvents - oldEvents);
        })).ToArray();
    }

    /// <summary>Each actor's counts: its stored counts moved by its delta where both are known, else recounted from its count rows.</summary>
    private static async Task<(int Claims, int Events)[]> CountsAsync(TableClient talliesTable, List<string> ids, Actor?[] stored, (int Claims, int Events)[]? deltas, CancellationToken cancellationToken)
    {
        var counts = new (int Claims, int Events)[ids.Count];
        var recount = new List<int>();
        for (var i = 0; i < ids.Count; i++)
        {
            // A count below zero would mean the stored counts were not the sum of the tallies: count again.
            if (stored[i] is { } actor && deltas is not null && actor.ClaimCount + deltas[i].Claims >= 0 && actor.EventCount + deltas[i].Events >= 0)
            {
                counts[i] = (actor.ClaimCount + deltas[i].Claims, actor.EventCount + deltas[i].Events);
            }
            else
            {
                recount.Add(i);
            }
        }

        var recounted = recount.Count > PointReadsBeforeScan
            ? SumCounts(await ReadPartitionEntitiesAsync(talliesTable, Partitions.Count, cancellationToken), recount.Select(i => ids[i]).ToList())
            : await InParallelAsync(recount, (i, token) => SumCountsAsync(talliesTable, ids[i], token), cancellationToken);
        for (var j = 0; j < recount.Count; j++)
        {
            counts[recount[j]] = recounted[j];
        }

        return counts;
    }

    /// <summary>
    /// A stored name that is not the name the actor's id was made from (an older extractor could name an unlisted
    /// person after a title: "spokeswoman") gives way to a set's name that is; a curated name never does.
    /// </summary>
    private static Actor Renamed(Actor stored, Actor? mentioned) =>
        mentioned is not null && ActorIds.FromName(stored.Name) != stored.Id && ActorIds.FromName(mentioned.Name) == stored.Id
            ? stored with { Name = mentioned.Name }
            : stored;

    /// <summary>
    /// Recomputes each touched topic's dispute from the deciding claims its sources keep in the tallies table. The
    /// topic's copy of its sides (<see cref="TopicSidesEntity"/>) is read by point read, the written sources' sides in
    /// it replaced by what they decide now, and written back on condition of its ETag before the dispute; a topic
    /// without a copy reads its side rows and gets one.
    /// </summary>
    private async Task UpdateDisputesAsync(List<Plan> plans, IReadOnlyCollection<string> foldedTopics, CancellationToken cancellationToken)
    {
        var topics = foldedTopics.Order(StringComparer.Ordinal).ToList();
        var rewritten = plans.Select(p => TableKey.Encode(p.Set.Source.Id)).ToHashSet(StringComparer.Ordinal);
        var fresh = topics.Select(t => plans.SelectMany(p => p.Sides.GetValueOrDefault(t) ?? []).ToList()).ToArray();
        var claims = tables.GetTableClient(names.Claims);
        var talliesTable = tables.GetTableClient(names.Tallies);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await ReadEntitiesAsync(claims, Partitions.Dispute, topics.Select(DisputeFinder.IdFor).ToList(), cancellationToken);
            var copies = await ReadEntitiesAsync(talliesTable, Partitions.TopicSides, topics.Select(Partitions.TopicSidesRow).ToList(), cancellationToken);
            var sides = await SidesAsync(talliesTable, topics, copies, rewritten, fresh, cancellationToken);
            var copyWrites = new List<TableTransactionAction>();
            var writes = new List<TableTransactionAction>();
            for (var i = 0; i < topics.Count; i++)
            {
                copyWrites.AddRange(CopyWrite(topics[i], sides[i], copies[i]));
                var deciding = sides[i].Values.Select(json => JsonSerializer.Deserialize(json, ModelJsonContext.Default.Claim)!).ToList();

                // Claims on one folded topic may spell it differently: the dispute shows the first spelling, whoever wrote last.
                var dispute = deciding.Count == 0 ? null : DisputeFinder.Find(deciding.Select(c => c.Topic!).Order(StringComparer.Ordinal).First(), deciding);
                if (dispute is null)
                {
                    if (stored[i] is { } gone)
                    {
                        writes.Add(new TableTransactionAction(TableTransactionActionType.Delete, gone, gone.ETag));
                    }

                    continue;
                }

                var entity = FactEntities.ForDispute(dispute);
                if (stored[i] is null)
                {
                    writes.Add(new TableTransactionAction(TableTransactionActionType.Add, entity));
                }
                else if (stored[i]!.GetString(FactEntities.Data) != entity.GetString(FactEntities.Data))
                {
                    writes.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, stored[i]!.ETag));
                }
            }

            if (await TrySubmitAsync(talliesTable, copyWrites, attempt, cancellationToken) && await TrySubmitAsync(claims, writes, attempt, cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Each topic's sides by side RowKey: from its copy, less the written sources' sides and plus their fresh ones
    /// (the same however often it is done), or, for a topic without a readable copy, from its side rows.
    /// </summary>
    private static async Task<SortedDictionary<string, string>[]> SidesAsync(TableClient talliesTable, List<string> topics, TableEntity?[] copies, HashSet<string> rewritten, List<TableEntity>[] fresh, CancellationToken cancellationToken)
    {
        var sides = new SortedDictionary<string, string>[topics.Count];
        var missing = new List<int>();
        for (var i = 0; i < topics.Count; i++)
        {
            if (copies[i] is not null && TopicSidesEntity.Read(copies[i]!) is { } copy)
            {
                foreach (var row in copy.Keys.Where(row => rewritten.Contains(Partitions.SourceOfSideRow(row))).ToList())
                {
                    copy.Remove(row);
                }

                foreach (var side in fresh[i])
                {
                    copy[side.RowKey] = side.GetString(FactEntities.Data)!;
                }

                sides[i] = copy;
            }
            else
            {
                missing.Add(i);
            }
        }

        var read = missing.Count > PointReadsBeforeScan
            ? SideRows(await ReadPartitionEntitiesAsync(talliesTable, Partitions.Side, cancellationToken), missing.Select(i => topics[i]).ToList())
            : await InParallelAsync(missing, (i, token) => ReadSideRowsAsync(talliesTable, topics[i], token), cancellationToken);
        for (var j = 0; j < missing.Count; j++)
        {
            sides[missing[j]] = read[j];
        }

        return sides;
    }

    /// <summary>What brings a topic's stored copy of its sides in line: nothing when it already is, a delete when the sides are gone or too many for one entity.</summary>
    private static IEnumerable<TableTransactionAction> CopyWrite(string topic, SortedDictionary<string, string> sides, TableEntity? stored)
    {
        var json = TopicSidesEntity.Json(sides);
        var entity = sides.Count == 0 ? null : TopicSidesEntity.For(topic, json);
        if (entity is null)
        {
            return stored is null ? [] : [new TableTransactionAction(TableTransactionActionType.Delete, stored, stored.ETag)];
        }

        if (stored is null)
        {
            return [new TableTransactionAction(TableTransactionActionType.Add, entity)];
        }

        return TopicSidesEntity.StoredJson(stored) == json ? [] : [new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, stored.ETag)];
    }

    /// <summary>Submits conditional writes of one partition in batches; false when a concurrent writer got there first.</summary>
    private static async Task<bool> TrySubmitAsync(TableClient table, List<TableTransactionAction> writes, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var chunk in writes.Chunk(TableBatcher.MaxBatch))
            {
                await table.SubmitTransactionAsync(chunk, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412 && attempt < MaxConcurrentAttempts)
        {
            return false;
        }
    }

    /// <summary>Entities by RowKey in one partition, in the order asked: point reads for a few, one partition scan for many.</summary>
    private static async Task<TableEntity?[]> ReadEntitiesAsync(TableClient table, string partition, List<string> rows, CancellationToken cancellationToken)
    {
        if (rows.Count <= PointReadsBeforeScan)
        {
            return await InParallelAsync(rows, (row, token) => ReadEntityAsync(table, partition, row, token), cancellationToken);
        }

        var all = await ReadPartitionEntitiesAsync(table, partition, cancellationToken);
        return rows.Select(r => all.GetValueOrDefault(r)).ToArray();
    }

    /// <summary>Counts of many actors from one scan of the count rows (a write of many sources touches most actors).</summary>
    private static (int Claims, int Events)[] SumCounts(Dictionary<string, TableEntity> rows, List<string> actorIds)
    {
        var sums = new Dictionary<string, (int Claims, int Events)>(StringComparer.Ordinal);
        foreach (var (key, row) in rows)
        {
            var actor = key[..key.IndexOf('|', StringComparison.Ordinal)];
            var sum = sums.GetValueOrDefault(actor);
            sums[actor] = (sum.Claims + (row.GetInt32(TallyEntities.Claims) ?? 0), sum.Events + (row.GetInt32(TallyEntities.Events) ?? 0));
        }

        return actorIds.Select(id => sums.GetValueOrDefault(TableKey.Encode(id))).ToArray();
    }

    private static SortedDictionary<string, string>[] SideRows(Dictionary<string, TableEntity> rows, List<string> foldedTopics)
    {
        var byTopic = rows.GroupBy(r => r.Key[..r.Key.IndexOf('|', StringComparison.Ordinal)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new SortedDictionary<string, string>(g.ToDictionary(r => r.Key, r => r.Value.GetString(FactEntities.Data)!, StringComparer.Ordinal), StringComparer.Ordinal), StringComparer.Ordinal);
        return foldedTopics.Select(t => byTopic.GetValueOrDefault(TableKey.Encode(t)) ?? new SortedDictionary<string, string>(StringComparer.Ordinal)).ToArray();
    }

    private static async Task<(int Claims, int Events)> SumCountsAsync(TableClient talliesTable, string actorId, CancellationToken cancellationToken)
    {
        var (claims, events) = (0, 0);
        await foreach (var row in RowsOfAsync(talliesTable, Partitions.Count, actorId, [TallyEntities.Claims, TallyEntities.Events], cancellationToken))
        {
            claims += row.GetInt32(TallyEntities.Claims) ?? 0;
            events += row.GetInt32(TallyEntities.Events) ?? 0;
        }

        return (claims, events);
    }

    private static async Task<SortedDictionary<string, string>> ReadSideRowsAsync(TableClient talliesTable, string foldedTopic, CancellationToken cancellationToken)
    {
        var sides = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in RowsOfAsync(talliesTable, Partitions.Side, foldedTopic, ["RowKey", FactEntities.Data], cancellationToken))
        {
            sides[row.RowKey] = row.GetString(FactEntities.Data)!;
        }

        return sides;
    }

    private static AsyncPageable<TableEntity> RowsOfAsync(TableClient table, string partition, string first, IEnumerable<string> select, CancellationToken cancellationToken)
    {
        var (start, end) = Partitions.RowsOf(first);
        return table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {start} and RowKey lt {end}"), select: select, cancellationToken: cancellationToken);
    }
}
