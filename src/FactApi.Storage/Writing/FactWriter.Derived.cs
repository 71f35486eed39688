using Azure;
using Azure.Data.Tables;
using FactApi.Core.Disputes;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Storage.Tables;

namespace FactApi.Storage.Writing;

/// <summary>
/// Facts shared by sources, brought up to date once per write for the actors and topics it touched: each actor's
/// roles and counts, each topic's dispute. Counts and sides are read from the tallies table (a range of one small
/// partition per actor or topic), never from the claim and event indexes. Every entity is read before its tallies
/// and written on condition of the ETag read, so when writers of other sources race, the last write to succeed has
/// seen every tally written before it; a lost race reads and recomputes again.
/// </summary>
public sealed partial class FactWriter
{
    private async Task UpdateActorsAsync(List<Plan> plans, CancellationToken cancellationToken)
    {
        var rewritten = plans.Select(p => p.Set.Source.Id).ToHashSet(StringComparer.Ordinal);
        var fromSets = plans.SelectMany(p => p.Set.Actors).GroupBy(a => a.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (First: g.First(), Roles: g.SelectMany(a => a.Roles).ToList()), StringComparer.Ordinal);
        var touched = plans.SelectMany(p => p.Touched(k => k.Actors)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var actorTable = tables.GetTableClient(names.Actors);
        var talliesTable = tables.GetTableClient(names.Tallies);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await ReadEntitiesAsync(actorTable, Partitions.Actor, touched, cancellationToken);
            var counts = touched.Count > PointReadsBeforeScan
                ? SumCounts(await ReadPartitionEntitiesAsync(talliesTable, Partitions.Count, cancellationToken), touched)
                : await InParallelAsync(touched, (id, token) => SumCountsAsync(talliesTable, id, token), cancellationToken);
            var writes = new List<TableTransactionAction>();
            var nameRows = new List<TableEntity>();
            for (var i = 0; i < touched.Count; i++)
            {
                var id = touched[i];
                if (stored[i] is null && !fromSets.ContainsKey(id))
                {
                    continue;
                }

                var actor = stored[i] is { } entity ? Renamed(FactEntities.Read<Actor>(entity), fromSets.GetValueOrDefault(id).First) : fromSets[id].First with { Roles = [] };
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

    /// <summary>
    /// A stored name that is not the name the actor's id was made from (an older extractor could name an unlisted
    /// person after a title: "spokeswoman") gives way to a set's name that is; a curated name never does.
    /// </summary>
    private static Actor Renamed(Actor stored, Actor? mentioned) =>
        mentioned is not null && ActorIds.FromName(stored.Name) != stored.Id && ActorIds.FromName(mentioned.Name) == stored.Id
            ? stored with { Name = mentioned.Name }
            : stored;

    /// <summary>Recomputes each touched topic's dispute from the deciding claims its sources keep in the tallies table.</summary>
    private async Task UpdateDisputesAsync(IReadOnlyCollection<string> foldedTopics, CancellationToken cancellationToken)
    {
        var topics = foldedTopics.Order(StringComparer.Ordinal).ToList();
        var claims = tables.GetTableClient(names.Claims);
        var talliesTable = tables.GetTableClient(names.Tallies);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await ReadEntitiesAsync(claims, Partitions.Dispute, topics.Select(DisputeFinder.IdFor).ToList(), cancellationToken);
            var sides = topics.Count > PointReadsBeforeScan
                ? Sides(await ReadPartitionEntitiesAsync(talliesTable, Partitions.Side, cancellationToken), topics)
                : await InParallelAsync(topics, (topic, token) => ReadSidesAsync(talliesTable, topic, token), cancellationToken);
            var writes = new List<TableTransactionAction>();
            for (var i = 0; i < topics.Count; i++)
            {
                // Claims on one folded topic may spell it differently: the dispute shows the first spelling, whoever wrote last.
                var dispute = sides[i].Count == 0 ? null : DisputeFinder.Find(sides[i].Select(c => c.Topic!).Order(StringComparer.Ordinal).First(), sides[i]);
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

            if (await TrySubmitAsync(claims, writes, attempt, cancellationToken))
            {
                return;
            }
        }
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

    private static List<Claim>[] Sides(Dictionary<string, TableEntity> rows, List<string> foldedTopics)
    {
        var byTopic = rows.GroupBy(r => r.Key[..r.Key.IndexOf('|', StringComparison.Ordinal)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => FactEntities.Read<Claim>(r.Value)).ToList(), StringComparer.Ordinal);
        return foldedTopics.Select(t => byTopic.GetValueOrDefault(TableKey.Encode(t)) ?? []).ToArray();
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

    private static async Task<List<Claim>> ReadSidesAsync(TableClient talliesTable, string foldedTopic, CancellationToken cancellationToken)
    {
        var claims = new List<Claim>();
        await foreach (var row in RowsOfAsync(talliesTable, Partitions.Side, foldedTopic, [FactEntities.Data], cancellationToken))
        {
            claims.Add(FactEntities.Read<Claim>(row));
        }

        return claims;
    }

    private static AsyncPageable<TableEntity> RowsOfAsync(TableClient table, string partition, string first, IEnumerable<string> select, CancellationToken cancellationToken)
    {
        var (start, end) = Partitions.RowsOf(first);
        return table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {start} and RowKey lt {end}"), select: select, cancellationToken: cancellationToken);
    }
}
