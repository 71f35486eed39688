using Azure;
using Azure.Data.Tables;
using FactApi.Core.Disputes;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Storage.Tables;

namespace FactApi.Storage.Writing;

/// <summary>
/// The one write path for facts, used by the sample loader, the refresh and the CLI: idempotent upserts in
/// partition batches, actor profiles merged across sources, and a new dataset version after every change.
/// </summary>
public sealed partial class FactWriter(TableServiceClient tables, TableNames names, DatasetVersion version, Blobs.SourceTextStore texts) : IFactStore
{
    private const int MaxConcurrentAttempts = 20;
    private int tablesReady;

    public async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref tablesReady) == 1)
        {
            return;
        }

        foreach (var name in names.All)
        {
            await tables.CreateTableIfNotExistsAsync(name, cancellationToken);
        }

        Volatile.Write(ref tablesReady, 1);
    }

    /// <summary>Writes registry actors as they are (their roles and counts come from facts later).</summary>
    public Task WriteActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken) =>
        RecreatingTablesAsync(async () =>
        {
            await EnsureTablesAsync(cancellationToken);
            await TableBatcher.UpsertAsync(tables.GetTableClient(names.Actors), actors.SelectMany(FactEntities.ForActor), cancellationToken);
            await version.BumpAsync(cancellationToken);
            return true;
        });

    /// <summary>
    /// Tables are created once per instance; if storage has lost them since (a new emulator, a wiped account), the
    /// write fails once and the next one creates them again.
    /// </summary>
    private async Task<T> RecreatingTablesAsync<T>(Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (RequestFailedException e) when (e.ErrorCode == "TableNotFound")
        {
            Volatile.Write(ref tablesReady, 0);
            throw;
        }
    }

    /// <summary>Citations kept per office of an actor (the latest), and offices kept per actor.</summary>
    public const int CitationsPerRole = 3;

    public const int MaxRoles = 24;

    /// <summary>
    /// Replaces one source's facts as a set: new and changed facts are upserted, facts the source no longer yields
    /// are deleted with their index copies, nothing of other sources is touched. A set identical to the stored one
    /// writes nothing. The source entity, holding the set's hash, is written last, so a rerun after a crash at any
    /// point redoes the work and converges: no duplicates, no orphans.
    /// </summary>
    public Task<SourceWriteResult> WriteAsync(FactSet set, CancellationToken cancellationToken) =>
        RecreatingTablesAsync(() => WriteSetAsync(set, cancellationToken));

    private async Task<SourceWriteResult> WriteSetAsync(FactSet set, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        var sourceTable = tables.GetTableClient(names.Sources);
        var hash = FactSetHash.Compute(set);
        var storedSource = await ReadEntityAsync(sourceTable, Partitions.Source, set.Source.Id, cancellationToken);
        if (storedSource?.GetString(FactEntities.FactsHash) == hash)
        {
            return SourceWriteResult.Unchanged;
        }

        var claims = tables.GetTableClient(names.Claims);
        var events = tables.GetTableClient(names.Events);
        var oldClaims = await ReadPartitionAsync<Claim>(claims, Partitions.OfSource(set.Source.Id), cancellationToken);
        var oldEvents = await ReadPartitionAsync<Event>(events, Partitions.OfSource(set.Source.Id), cancellationToken);
        await TableBatcher.UpsertAsync(claims, set.Claims.SelectMany(FactEntities.ForClaim), cancellationToken);
        await TableBatcher.UpsertAsync(events, set.Events.SelectMany(FactEntities.ForEvent), cancellationToken);

        var keepClaims = set.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var keepEvents = set.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var goneClaims = oldClaims.Where(c => !keepClaims.Contains(c.Id)).ToList();
        var goneEvents = oldEvents.Where(e => !keepEvents.Contains(e.Id)).ToList();
        await TableBatcher.DeleteAsync(claims, goneClaims.SelectMany(FactEntities.ForClaim), cancellationToken);
        await TableBatcher.DeleteAsync(events, goneEvents.SelectMany(FactEntities.ForEvent), cancellationToken);

        var touched = set.Actors.Select(a => a.Id)
            .Concat(goneClaims.Select(c => c.Speaker.ActorId).OfType<string>())
            .Concat(goneEvents.SelectMany(e => e.Actors))
            .ToHashSet(StringComparer.Ordinal);
        await UpdateActorsAsync(set, touched, claims, events, cancellationToken);
        var topics = set.Claims.Concat(goneClaims).Concat(oldClaims).Select(c => c.Topic).OfType<string>().Distinct(StringComparer.Ordinal);
        await UpdateDisputesAsync(claims, topics, cancellationToken);

        var source = set.Source;
        if (set.Text is not null)
        {
            var textHash = await texts.PutAsync(set.Text, cancellationToken);
            source = source with { LastFetch = (source.LastFetch ?? new FetchStatus(DateTimeOffset.UtcNow, "ok")) with { ContentHash = textHash } };
        }

        var entity = FactEntities.ForSource(source);
        entity[FactEntities.FactsHash] = hash;
        await sourceTable.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        await version.BumpAsync(cancellationToken);
        var before = oldClaims.Select(c => c.Id).Concat(oldEvents.Select(e => e.Id)).ToHashSet(StringComparer.Ordinal);
        var added = keepClaims.Concat(keepEvents).Count(id => !before.Contains(id));
        return new SourceWriteResult(true, added, goneClaims.Count + goneEvents.Count);
    }

    /// <summary>Records a fetch that brought no new facts (failed, or not modified) without touching the facts.</summary>
    public Task RecordFetchAsync(Source source, CancellationToken cancellationToken) =>
        RecreatingTablesAsync(async () =>
        {
            await RecordSourceAsync(source, cancellationToken);
            return true;
        });

    private async Task RecordSourceAsync(Source source, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        var sourceTable = tables.GetTableClient(names.Sources);
        var stored = await ReadEntityAsync(sourceTable, Partitions.Source, source.Id, cancellationToken);
        var entity = FactEntities.ForSource(stored is null ? source : FactEntities.Read<Source>(stored) with { LastFetch = source.LastFetch });
        if (stored?.GetString(FactEntities.FactsHash) is { } hash)
        {
            entity[FactEntities.FactsHash] = hash;
        }

        await sourceTable.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Recomputes the dispute of each topic the source touched, from every source's claims on it.</summary>
    private static async Task UpdateDisputesAsync(TableClient claims, IEnumerable<string> topics, CancellationToken cancellationToken)
    {
        foreach (var topic in topics)
        {
            var onTopic = await ReadPartitionAsync<Claim>(claims, Partitions.Topic(topic), cancellationToken);
            var dispute = DisputeFinder.Find(topic, onTopic);
            if (dispute is null)
            {
                await TableBatcher.DeleteAsync(claims, [new TableEntity(Partitions.Dispute, DisputeFinder.IdFor(topic))], cancellationToken);
            }
            else
            {
                await claims.UpsertEntityAsync(FactEntities.ForDispute(dispute), TableUpdateMode.Replace, cancellationToken);
            }
        }
    }

    /// <summary>Actors named by the source get its current roles (its earlier ones are dropped) and fresh counts.</summary>
    private async Task UpdateActorsAsync(FactSet set, IEnumerable<string> actorIds, TableClient claims, TableClient events, CancellationToken cancellationToken)
    {
        var actorTable = tables.GetTableClient(names.Actors);
        var fromSet = set.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var merged = new List<Actor>();
        foreach (var id in actorIds.Order(StringComparer.Ordinal))
        {
            var updated = await UpdateActorAsync(actorTable, id, async stored =>
            {
                if (stored is null && !fromSet.ContainsKey(id))
                {
                    return null;
                }

                var actor = stored ?? fromSet[id] with { Roles = [] };
                return actor with
                {
                    Roles = MergeRoles(actor.Roles, r => r.Evidence?.SourceId == set.Source.Id, fromSet.TryGetValue(id, out var mentioned) ? mentioned.Roles : []),
                    ClaimCount = await CountAsync(claims, Partitions.Speaker(id), cancellationToken),
                    EventCount = await CountAsync(events, Partitions.ActorEvents(id), cancellationToken),
                };
            }, cancellationToken);
            if (updated is not null)
            {
                merged.Add(updated);
            }
        }

        // Name-index entities carry no counts or roles: writing them again is harmless.
        await TableBatcher.UpsertAsync(actorTable, merged.SelectMany(a => FactEntities.ForActor(a).Skip(1)), cancellationToken);
    }

    /// <summary>
    /// Reads an actor, lets <paramref name="update"/> build its new state (null: leave it alone) and writes it on
    /// condition of the ETag it read. Sources refresh in parallel and share actors: a lost race reads, merges and
    /// counts again, so no source's roles or counts are overwritten.
    /// </summary>
    private async Task<Actor?> UpdateActorAsync(TableClient actorTable, string id, Func<Actor?, Task<Actor?>> update, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var entity = await ReadEntityAsync(actorTable, Partitions.Actor, id, cancellationToken);
            if (await update(entity is null ? null : FactEntities.Read<Actor>(entity)) is not { } updated)
            {
                return null;
            }

            var primary = FactEntities.ForActor(updated).First();
            try
            {
                await (entity is null ? actorTable.AddEntityAsync(primary, cancellationToken) : actorTable.UpdateEntityAsync(primary, entity.ETag, TableUpdateMode.Replace, cancellationToken));
                return updated;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxConcurrentAttempts)
            {
            }
        }
    }

    /// <summary>The stored roles less those the rewritten sources gave, plus the ones they give now.</summary>
    private static List<ActorRole> MergeRoles(IEnumerable<ActorRole> stored, Func<ActorRole, bool> replaced, IEnumerable<ActorRole> fresh) =>
        stored.Where(r => !replaced(r))
            .Concat(fresh)
            .DistinctBy(r => (r.Title, r.Of, r.Evidence?.SourceId, r.Evidence?.Start))
            // An actor is one entity (64 KiB a property) that every source naming it adds roles to: each office keeps
            // its latest few citations, and the actor its latest offices, so a much-reported person stays writable.
            .GroupBy(r => (r.Title, r.Of))
            .SelectMany(office => Latest(office).Take(CitationsPerRole))
            .OrderByDescending(r => r.Evidence?.PublishedAt ?? DateOnly.MinValue)
            .ThenBy(r => r.Evidence?.SourceId ?? "", StringComparer.Ordinal)
            .Take(MaxRoles)
            // Sources arrive in any order; the stored order must not depend on it.
            .OrderBy(r => r.Evidence?.SourceId ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Evidence?.Start ?? -1)
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .ToList();

    private static IOrderedEnumerable<ActorRole> Latest(IEnumerable<ActorRole> roles) =>
        roles.OrderByDescending(r => r.Evidence?.PublishedAt ?? DateOnly.MinValue)
            .ThenBy(r => r.Evidence?.SourceId ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Evidence?.Start ?? -1);

    public async Task<Source?> GetSourceAsync(string id, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        return await ReadAsync<Source>(tables.GetTableClient(names.Sources), Partitions.Source, id, cancellationToken);
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        await foreach (var _ in tables.GetTableClient(names.Sources).QueryAsync<TableEntity>(maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            return false;
        }

        return true;
    }

    private static async Task<T?> ReadAsync<T>(TableClient table, string partition, string row, CancellationToken cancellationToken)
        where T : class =>
        await ReadEntityAsync(table, partition, row, cancellationToken) is { } entity ? FactEntities.Read<T>(entity) : null;

    private static async Task<TableEntity?> ReadEntityAsync(TableClient table, string partition, string row, CancellationToken cancellationToken)
    {
        try
        {
            var entity = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            return entity.HasValue ? entity.Value : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static async Task<List<T>> ReadPartitionAsync<T>(TableClient table, string partition, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            items.Add(FactEntities.Read<T>(entity));
        }

        return items;
    }

    private static async Task<int> CountAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        var count = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            count++;
        }

        return count;
    }
}
