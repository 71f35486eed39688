using Azure;
using Azure.Data.Tables;
using FactApi.Core.Disputes;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Storage.Tables;

namespace FactApi.Storage.Writing;

/// <summary>
/// Many sources written as one load (a synthetic store, an import): the same entities as writing each set with
/// <see cref="WriteAsync"/>, but each index partition is written in full batches, and actors, disputes and the
/// dataset version are brought up to date once for the whole load instead of once per source. The counts and
/// old facts are read by key-range scans (a handful per load), not per source. Source entities are written last,
/// so a load that stops half-way is finished by running it again.
/// </summary>
public sealed partial class FactWriter
{
    private const int SetsPerChunk = 100;
    private const string RangeEnd = "\uffff";

    public async Task<ManyWriteResult> WriteManyAsync(IReadOnlyList<FactSet> sets, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var duplicate = sets.GroupBy(s => s.Source.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Source '{duplicate.Key}' appears more than once.", nameof(sets));
        }

        await EnsureTablesAsync(cancellationToken);
        var (sourceTable, claims, events) = (tables.GetTableClient(names.Sources), tables.GetTableClient(names.Claims), tables.GetTableClient(names.Events));
        var storedHashes = new Dictionary<string, string?>(StringComparer.Ordinal);
        var allSources = TableClient.CreateQueryFilter($"PartitionKey eq {Partitions.Source}");
        await foreach (var entity in sourceTable.QueryAsync<TableEntity>(allSources, select: ["RowKey", FactEntities.FactsHash], cancellationToken: cancellationToken))
        {
            storedHashes[entity.RowKey] = entity.GetString(FactEntities.FactsHash);
        }

        var changed = sets.Select(s => (Set: s, Hash: FactSetHash.Compute(s)))
            .Where(s => storedHashes.GetValueOrDefault(s.Set.Source.Id) != s.Hash).ToList();
        if (changed.Count == 0)
        {
            return new ManyWriteResult(0, 0, 0);
        }

        var ofChanged = changed.Select(c => Partitions.OfSource(c.Set.Source.Id)).ToHashSet(StringComparer.Ordinal);
        var oldClaims = await ReadRangeAsync<Claim>(claims, Partitions.OfSource(""), ofChanged.Contains, cancellationToken);
        var oldEvents = await ReadRangeAsync<Event>(events, Partitions.OfSource(""), ofChanged.Contains, cancellationToken);
        var written = 0;
        var done = 0;
        foreach (var chunk in changed.Chunk(SetsPerChunk))
        {
            written += await TableBatcher.UpsertAsync(claims, chunk.SelectMany(c => c.Set.Claims).SelectMany(FactEntities.ForClaim), cancellationToken);
            written += await TableBatcher.UpsertAsync(events, chunk.SelectMany(c => c.Set.Events).SelectMany(FactEntities.ForEvent), cancellationToken);
            progress?.Report(done += chunk.Length);
        }

        var keep = changed.SelectMany(c => c.Set.Claims.Select(x => x.Id).Concat(c.Set.Events.Select(x => x.Id))).ToHashSet(StringComparer.Ordinal);
        var goneClaims = oldClaims.Where(c => !keep.Contains(c.Id)).ToList();
        var goneEvents = oldEvents.Where(e => !keep.Contains(e.Id)).ToList();
        await TableBatcher.DeleteAsync(claims, goneClaims.SelectMany(FactEntities.ForClaim), cancellationToken);
        await TableBatcher.DeleteAsync(events, goneEvents.SelectMany(FactEntities.ForEvent), cancellationToken);

        var newSets = changed.Select(c => c.Set).ToList();
        await UpdateActorsAsync(newSets, goneClaims, goneEvents, claims, events, cancellationToken);
        var topics = newSets.SelectMany(s => s.Claims).Concat(oldClaims).Select(c => c.Topic).OfType<string>();
        await UpdateDisputesAsync(claims, topics.ToList(), cancellationToken);

        var sources = new List<TableEntity>(changed.Count);
        foreach (var (set, hash) in changed)
        {
            var source = set.Source;
            if (set.Text is not null)
            {
                var textHash = await texts.PutAsync(set.Text, cancellationToken);
                source = source with { LastFetch = (source.LastFetch ?? new FetchStatus(DateTimeOffset.UtcNow, "ok")) with { ContentHash = textHash } };
            }

            var entity = FactEntities.ForSource(source);
            entity[FactEntities.FactsHash] = hash;
            sources.Add(entity);
        }

        written += await TableBatcher.UpsertAsync(sourceTable, sources, cancellationToken);
        await version.BumpAsync(cancellationToken);
        return new ManyWriteResult(changed.Count, written, goneClaims.Count + goneEvents.Count);
    }

    /// <summary>Every actor the load names or no longer names gets its roles merged and its counts recounted, once.</summary>
    private async Task UpdateActorsAsync(List<FactSet> sets, List<Claim> goneClaims, List<Event> goneEvents, TableClient claims, TableClient events, CancellationToken cancellationToken)
    {
        var rewritten = sets.Select(s => s.Source.Id).ToHashSet(StringComparer.Ordinal);
        var fromSets = sets.SelectMany(s => s.Actors).GroupBy(a => a.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (First: g.First(), Roles: g.SelectMany(a => a.Roles).ToList()), StringComparer.Ordinal);
        var touched = fromSets.Keys.Concat(goneClaims.Select(c => c.Speaker.ActorId).OfType<string>()).Concat(goneEvents.SelectMany(e => e.Actors))
            .ToHashSet(StringComparer.Ordinal);
        var claimCounts = await CountRangeAsync(claims, Partitions.Speaker(""), cancellationToken);
        var eventCounts = await CountRangeAsync(events, Partitions.ActorEvents(""), cancellationToken);
        var actorTable = tables.GetTableClient(names.Actors);
        var merged = new List<Actor>();
        foreach (var id in touched.Order(StringComparer.Ordinal))
        {
            var updated = await UpdateActorAsync(actorTable, id, stored =>
            {
                if (stored is null && !fromSets.ContainsKey(id))
                {
                    return Task.FromResult<Actor?>(null);
                }

                var actor = stored ?? fromSets[id].First with { Roles = [] };
                return Task.FromResult<Actor?>(actor with
                {
                    Roles = MergeRoles(actor.Roles, r => r.Evidence?.SourceId is { } source && rewritten.Contains(source), fromSets.TryGetValue(id, out var mentioned) ? mentioned.Roles : []),
                    ClaimCount = claimCounts.GetValueOrDefault(Partitions.Speaker(id)),
                    EventCount = eventCounts.GetValueOrDefault(Partitions.ActorEvents(id)),
                });
            }, cancellationToken);
            if (updated is not null)
            {
                merged.Add(updated);
            }
        }

        await TableBatcher.UpsertAsync(actorTable, merged.SelectMany(a => FactEntities.ForActor(a).Skip(1)), cancellationToken);
    }

    /// <summary>The dispute of every topic the load touched, recomputed from one scan of the topic partitions.</summary>
    private static async Task UpdateDisputesAsync(TableClient claims, List<string> topics, CancellationToken cancellationToken)
    {
        var byPartition = topics.GroupBy(Partitions.Topic, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var onTopic = (await ReadRangeAsync<Claim>(claims, Partitions.Topic(""), byPartition.ContainsKey, cancellationToken))
            .ToLookup(c => Partitions.Topic(c.Topic!), StringComparer.Ordinal);
        var disputes = new List<TableEntity>();
        foreach (var (partition, topic) in byPartition)
        {
            if (DisputeFinder.Find(topic, onTopic[partition]) is { } dispute)
            {
                disputes.Add(FactEntities.ForDispute(dispute));
            }
            else
            {
                await TableBatcher.DeleteAsync(claims, [new TableEntity(Partitions.Dispute, DisputeFinder.IdFor(topic))], cancellationToken);
            }
        }

        await TableBatcher.UpsertAsync(claims, disputes, cancellationToken);
    }

    /// <summary>Facts of the partitions starting with <paramref name="prefix"/> that <paramref name="wanted"/> picks, in one scan.</summary>
    private static async Task<List<T>> ReadRangeAsync<T>(TableClient table, string prefix, Func<string, bool> wanted, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await foreach (var entity in Range(table, prefix, null, cancellationToken))
        {
            if (wanted(entity.PartitionKey))
            {
                items.Add(FactEntities.Read<T>(entity));
            }
        }

        return items;
    }

    private static async Task<Dictionary<string, int>> CountRangeAsync(TableClient table, string prefix, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var entity in Range(table, prefix, ["PartitionKey", "RowKey"], cancellationToken))
        {
            counts[entity.PartitionKey] = counts.GetValueOrDefault(entity.PartitionKey) + 1;
        }

        return counts;
    }

    private static AsyncPageable<TableEntity> Range(TableClient table, string prefix, IEnumerable<string>? select, CancellationToken cancellationToken) =>
        table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {prefix + RangeEnd}"), select: select, cancellationToken: cancellationToken);
}

/// <summary>What a load did: sources whose facts changed, entities written, facts removed.</summary>
public sealed record ManyWriteResult(int Sources, int Entities, int Removed);
