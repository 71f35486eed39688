using Azure;
using Azure.Data.Tables;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Storage.Tables;

namespace FactApi.Storage.Writing;

/// <summary>
/// Replaces the facts of one or many sources, each as a set, in a fixed order that a crash can stop anywhere:
/// <list type="number">
/// <item>read each source entity (its set's hash and keys) and any pending row: an unchanged set ends here;</item>
/// <item>record on a pending row every key the write may leave (old and new), before writing any;</item>
/// <item>write each partition's upserts and deletes together in full batches, across sources;</item>
/// <item>write each source's counts per actor and deciding claims per topic to the small tallies table, then
/// recount the touched actors and recompute the touched disputes from it (conditional writes, retried on conflict);</item>
/// <item>bump the dataset version, then write the source entities with the new hash and keys (each on condition
/// that it is still as read) and remove the pending rows.</item>
/// </list>
/// A rerun reads the pending row too, so whatever an interrupted write left is deleted or kept as the new set says.
/// </summary>
public sealed partial class FactWriter
{
    private const int SetsPerChunk = 100;
    private const int PointReadsBeforeScan = 50;
    private const int Parallelism = 8;
    private const int MaxWriteAttempts = 5;

    /// <summary>What a write did: entities written, and the facts added and removed of each source whose set changed.</summary>
    private sealed record WriteResult(int Entities, IReadOnlyDictionary<string, (int Added, int Removed)> Changed)
    {
        public static WriteResult Nothing { get; } = new(0, new Dictionary<string, (int, int)>());

        public int Sources => Changed.Count;

        public int Removed => Changed.Values.Sum(c => c.Removed);

        /// <summary>What the write did to these of its sets: unchanged when none of them changed.</summary>
        public SourceWriteResult For(IEnumerable<FactSet> sets)
        {
            var mine = sets.Where(s => Changed.ContainsKey(s.Source.Id)).Select(s => Changed[s.Source.Id]).ToList();
            return mine.Count == 0 ? SourceWriteResult.Unchanged : new SourceWriteResult(true, mine.Sum(c => c.Added), mine.Sum(c => c.Removed));
        }
    }

    /// <summary>
    /// One changed source: its new entities and keys, and what it may have left before. After an interrupted write
    /// (a pending row) or from a store written before keys were kept, what is stored is not known entity by entity:
    /// then every entity is written and every actor and topic it touches recomputed.
    /// </summary>
    private sealed record Plan(FactSet Set, string Hash, List<TableEntity> Claims, List<TableEntity> Events, List<TableEntity> Tallies, Dictionary<string, List<TableEntity>> Sides, SourceKeys New, SourceKeys Old, TableEntity? Pending, bool Recovering, string? StoredTextHash, ETag? StoredETag = null)
    {
        public IEnumerable<TableEntity> Unwritten(List<TableEntity> entities, Func<SourceKeys, Dictionary<string, Dictionary<string, string>>> table) =>
            Recovering ? entities : entities.Where(e => SourceKeys.HashOf(table(Old), e.PartitionKey, e.RowKey) != SourceKeys.HashOf(table(New), e.PartitionKey, e.RowKey));

        public IEnumerable<(string Partition, string Row)> Gone(Func<SourceKeys, Dictionary<string, Dictionary<string, string>>> table) =>
            SourceKeys.Keys(table(Old)).Where(k => SourceKeys.HashOf(table(New), k.Partition, k.Row) is null);

        public IEnumerable<string> Touched(Func<SourceKeys, Dictionary<string, string>> shares) =>
            shares(Old).Keys.Union(shares(New).Keys, StringComparer.Ordinal)
                .Where(k => Recovering || shares(Old).GetValueOrDefault(k) != shares(New).GetValueOrDefault(k));
    }

    /// <summary>
    /// Writes the sets, again from the start when another writer of the same source got in between (its pending row
    /// or its commit came first: 409 or 412). Every step is idempotent, and the next attempt plans from what that
    /// writer committed, so it removes what the other left; without leases (the CLI, <c>factapi generate</c>) this
    /// is what keeps two overlapping writes of one source from leaving facts of both.
    /// </summary>
    private async Task<WriteResult> WriteSetsAsync(IReadOnlyList<FactSet> sets, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteSetsOnceAsync(sets, progress, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxWriteAttempts)
            {
            }
        }
    }

    private async Task<WriteResult> WriteSetsOnceAsync(IReadOnlyList<FactSet> sets, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        RefuseDuplicates(sets);
        await EnsureTablesAsync(cancellationToken);
        var sourceTable = tables.GetTableClient(names.Sources);
        var stored = await ReadSourcesAsync(sourceTable, sets, cancellationToken);
        var pending = await ReadPartitionEntitiesAsync(sourceTable, Partitions.Pending, cancellationToken);

        // A pending row means a write of that source stopped half-way: it is finished (or undone) even if the set is as stored.
        var changed = sets.Select(s => (Set: s, Hash: FactSetHash.Compute(s), Stored: stored.GetValueOrDefault(s.Source.Id)))
            .Where(s => s.Stored?.GetString(FactEntities.FactsHash) != s.Hash || SourceKeys.Read(s.Stored!) is null || pending.ContainsKey(s.Set.Source.Id))
            .ToList();
        if (changed.Count == 0)
        {
            return WriteResult.Nothing;
        }

        var plans = new List<Plan>(changed.Count);
        foreach (var (set, hash, storedSource) in changed)
        {
            var committed = storedSource is null ? SourceKeys.Empty : SourceKeys.Read(storedSource);
            var old = committed ?? await KeysOfStoredFactsAsync(set.Source.Id, cancellationToken);
            var pendingRow = pending.GetValueOrDefault(set.Source.Id);
            if (pendingRow is not null && SourceKeys.Read(pendingRow) is { } left)
            {
                old = old.Union(left);
            }

            var textHash = storedSource is null ? null : FactEntities.Read<Source>(storedSource).LastFetch?.ContentHash;
            plans.Add(PlanFor(set, hash, old, pendingRow, recovering: committed is null || pendingRow is not null) with { StoredTextHash = textHash, StoredETag = storedSource?.ETag });
        }

        var intents = await RecordPendingAsync(sourceTable, plans, cancellationToken);

        // Read before this write's tallies: counts that move by this write's deltas must not already hold them.
        var touchedActors = TouchedActors(plans);
        var actorsBefore = await ReadEntitiesAsync(tables.GetTableClient(names.Actors), Partitions.Actor, touchedActors, cancellationToken);
        var written = 0;
        var done = 0;
        var (claims, events, tallies) = (tables.GetTableClient(names.Claims), tables.GetTableClient(names.Events), tables.GetTableClient(names.Tallies));
        foreach (var chunk in plans.Chunk(SetsPerChunk))
        {
            written += await TableBatcher.WriteAsync(claims, chunk.SelectMany(p => p.Unwritten(p.Claims, k => k.Claims)), chunk.SelectMany(p => p.Gone(k => k.Claims)), cancellationToken);
            written += await TableBatcher.WriteAsync(events, chunk.SelectMany(p => p.Unwritten(p.Events, k => k.Events)), chunk.SelectMany(p => p.Gone(k => k.Events)), cancellationToken);
            await TableBatcher.WriteAsync(tallies, chunk.SelectMany(p => p.Unwritten(p.Tallies, k => k.Tallies)), chunk.SelectMany(p => p.Gone(k => k.Tallies)), cancellationToken);
            progress?.Report(done += chunk.Length);
        }

        await UpdateActorsAsync(plans, touchedActors, actorsBefore, cancellationToken);
        await UpdateDisputesAsync(plans, plans.SelectMany(p => p.Touched(k => k.Topics)).ToHashSet(StringComparer.Ordinal), cancellationToken);

        // The version changes before the commit: a crash between them leaves a pending row, so the rerun bumps it again.
        await version.BumpAsync(cancellationToken);
        written += await CommitAsync(sourceTable, plans, intents, cancellationToken);

        return new WriteResult(written, plans.ToDictionary(
            p => p.Set.Source.Id,
            p => (FactIds(p.New).Except(FactIds(p.Old), StringComparer.Ordinal).Count(), FactIds(p.Old).Except(FactIds(p.New), StringComparer.Ordinal).Count()),
            StringComparer.Ordinal));
    }

    private static void RefuseDuplicates(IReadOnlyList<FactSet> sets)
    {
        var duplicate = sets.GroupBy(s => s.Source.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Source '{duplicate.Key}' appears more than once.", nameof(sets));
        }
    }

    private static Plan PlanFor(FactSet set, string hash, SourceKeys old, TableEntity? pending, bool recovering)
    {
        var claims = set.Claims.SelectMany(FactEntities.ForClaim).ToList();
        var events = set.Events.SelectMany(FactEntities.ForEvent).ToList();
        var counts = TallyEntities.Counts(set);
        var sides = TallyEntities.Sides(set);
        var tallies = counts.Values.Concat(sides.Values.SelectMany(s => s)).ToList();

        // What the source gives an actor (its description and roles, its counts) and a topic (its deciding claims):
        // when that is unchanged, the actor or dispute needs no recomputing.
        var named = set.Actors.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => string.Join("\n", g.Select(FactEntities.Json)), StringComparer.Ordinal);
        var actors = named.Keys.Union(counts.Keys, StringComparer.Ordinal).ToDictionary(
            id => id,
            id => SourceKeys.Hash(named.GetValueOrDefault(id, "") + "\n" + (counts.TryGetValue(id, out var row) ? SourceKeys.HashOf(row) : "")),
            StringComparer.Ordinal);
        var topics = sides.ToDictionary(t => t.Key, t => SourceKeys.Hash(string.Join("\n", t.Value.Select(SourceKeys.HashOf).Order(StringComparer.Ordinal))), StringComparer.Ordinal);
        var counted = counts.ToDictionary(c => c.Key, c => (c.Value.GetInt32(TallyEntities.Claims) ?? 0, c.Value.GetInt32(TallyEntities.Events) ?? 0), StringComparer.Ordinal);
        return new Plan(set, hash, claims, events, tallies, sides, SourceKeys.Of(claims, events, tallies, actors, topics, counted), old, pending, recovering, null);
    }

    /// <summary>Ids of the claims and events a set of keys holds (the RowKeys of their primary entities).</summary>
    private static IEnumerable<string> FactIds(SourceKeys keys) =>
        keys.Claims.GetValueOrDefault(Partitions.Claim, []).Keys.Concat(keys.Events.GetValueOrDefault(Partitions.Event, []).Keys);

    /// <summary>Stored source entities by id: point reads for a few sources, one scan of the partition for many.</summary>
    private static async Task<Dictionary<string, TableEntity>> ReadSourcesAsync(TableClient sourceTable, IReadOnlyList<FactSet> sets, CancellationToken cancellationToken)
    {
        if (sets.Count > PointReadsBeforeScan)
        {
            return await ReadPartitionEntitiesAsync(sourceTable, Partitions.Source, cancellationToken);
        }

        var read = await InParallelAsync(sets, (s, token) => ReadEntityAsync(sourceTable, Partitions.Source, s.Source.Id, token), cancellationToken);
        return read.OfType<TableEntity>().ToDictionary(e => e.RowKey, StringComparer.Ordinal);
    }

    private static async Task<Dictionary<string, TableEntity>> ReadPartitionEntitiesAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            entities[entity.RowKey] = entity;
        }

        return entities;
    }

    /// <summary>
    /// The keys of a source written before keys were kept on its entity, from its facts' <c>source|</c> partitions
    /// (it had no tallies then); read once, the first time such a source is written again.
    /// </summary>
    private async Task<SourceKeys> KeysOfStoredFactsAsync(string sourceId, CancellationToken cancellationToken)
    {
        var claims = await ReadPartitionAsync<Claim>(tables.GetTableClient(names.Claims), Partitions.OfSource(sourceId), cancellationToken);
        var events = await ReadPartitionAsync<Event>(tables.GetTableClient(names.Events), Partitions.OfSource(sourceId), cancellationToken);
        var actors = claims.Select(c => c.Speaker.ActorId).OfType<string>().Concat(events.SelectMany(e => e.Actors)).Distinct(StringComparer.Ordinal).ToDictionary(a => a, _ => "", StringComparer.Ordinal);
        var topics = claims.Select(TallyEntities.TopicOf).OfType<string>().Distinct(StringComparer.Ordinal).ToDictionary(t => t, _ => "", StringComparer.Ordinal);
        return SourceKeys.Of(claims.SelectMany(FactEntities.ForClaim), events.SelectMany(FactEntities.ForEvent), [], actors, topics, counts: null);
    }

    /// <summary>
    /// Writes each source's pending row (its old keys with the new) before any fact, on condition that no other
    /// writer changed it since it was read; returns the ETag of each row written, by source id.
    /// </summary>
    private static async Task<Dictionary<string, ETag>> RecordPendingAsync(TableClient sourceTable, List<Plan> plans, CancellationToken cancellationToken)
    {
        var etags = new Dictionary<string, ETag>(StringComparer.Ordinal);

        // Every row is built before any is sent: a set too large to record (FactSetTooLargeException) leaves no trace.
        var rows = plans.Select(p =>
        {
            var row = new TableEntity(Partitions.Pending, p.Set.Source.Id);
            p.Old.Union(p.New).WriteTo(row);
            return p.Pending is null
                ? new TableTransactionAction(TableTransactionActionType.Add, row)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, p.Pending.ETag);
        }).ToList();
        foreach (var (chunk, actions) in plans.Chunk(TableBatcher.MaxBatch).Zip(rows.Chunk(TableBatcher.MaxBatch)))
        {
            var responses = await sourceTable.SubmitTransactionAsync(actions, cancellationToken);
            for (var i = 0; i < chunk.Length; i++)
            {
                etags[chunk[i].Set.Source.Id] = responses.Value[i].Headers.ETag ?? ETag.All;
            }
        }

        return etags;
    }

    /// <summary>Texts, then the source entities (hash and keys of the new sets), then the pending rows go.</summary>
    private async Task<int> CommitAsync(TableClient sourceTable, List<Plan> plans, Dictionary<string, ETag> intents, CancellationToken cancellationToken)
    {
        var textHashes = await InParallelAsync(plans, async (p, token) =>
            p.Set.Text is null ? null
            : Blobs.SourceTextStore.Hash(p.Set.Text) is var hash && hash == p.StoredTextHash ? hash
            : await texts.PutAsync(p.Set.Text, token), cancellationToken);
        var sources = plans.Select((p, i) =>
        {
            var source = p.Set.Source;
            if (textHashes[i] is { } textHash)
            {
                source = source with { LastFetch = (source.LastFetch ?? new FetchStatus(DateTimeOffset.UtcNow, "ok")) with { ContentHash = textHash } };
            }

            var entity = FactEntities.ForSource(source);
            entity[FactEntities.FactsHash] = p.Hash;
            p.New.WriteTo(entity);
            return entity;
        }).ToList();
        // Each source entity is replaced only as it was read (added only if there was none): if another writer
        // committed the source since, this write's plan is stale and the whole write starts again (412 or 409).
        var written = 0;
        foreach (var chunk in plans.Zip(sources).Chunk(TableBatcher.MaxBatch))
        {
            await sourceTable.SubmitTransactionAsync(chunk.Select(c => c.First.StoredETag is { } etag
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, c.Second, etag)
                : new TableTransactionAction(TableTransactionActionType.Add, c.Second)), cancellationToken);
            written += chunk.Length;
        }

        // A row another writer rewrote since is theirs to remove (412); one already gone is no error (404).
        foreach (var chunk in plans.Chunk(TableBatcher.MaxBatch))
        {
            var deletes = chunk.Select(p => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(Partitions.Pending, p.Set.Source.Id), intents[p.Set.Source.Id])).ToList();
            try
            {
                await sourceTable.SubmitTransactionAsync(deletes, cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status is 404 or 412)
            {
                foreach (var delete in deletes)
                {
                    try
                    {
                        await sourceTable.DeleteEntityAsync(Partitions.Pending, delete.Entity.RowKey, delete.ETag, cancellationToken);
                    }
                    catch (RequestFailedException single) when (single.Status is 404 or 412)
                    {
                    }
                }
            }
        }

        return written;
    }

    private static async Task<TResult[]> InParallelAsync<T, TResult>(IReadOnlyList<T> items, Func<T, CancellationToken, Task<TResult>> work, CancellationToken cancellationToken)
    {
        var results = new TResult[items.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), options, async (i, token) => results[i] = await work(items[i], token));
        return results;
    }
}
