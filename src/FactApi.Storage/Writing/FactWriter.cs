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

    /// <summary>
    /// Writes registry actors: their names, kind and curated roles. An actor already stored keeps the roles and counts
    /// its sources gave it (recomputed only when a source changes, so a re-seeded registry must not reset them).
    /// </summary>
    public Task WriteActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken) =>
        RecreatingTablesAsync(async () =>
        {
            await EnsureTablesAsync(cancellationToken);
            var registry = actors.DistinctBy(a => a.Id, StringComparer.Ordinal).ToList();
            var actorTable = tables.GetTableClient(names.Actors);
            await TableBatcher.UpsertAsync(actorTable, registry.SelectMany(a => FactEntities.ForActor(a).Skip(1)), cancellationToken);
            for (var attempt = 1; ; attempt++)
            {
                var stored = await ReadEntitiesAsync(actorTable, Partitions.Actor, registry.Select(a => a.Id).ToList(), cancellationToken);
                var writes = new List<TableTransactionAction>();
                for (var i = 0; i < registry.Count; i++)
                {
                    var known = stored[i] is { } entity ? FactEntities.Read<Actor>(entity) : null;
                    var actor = known is null ? registry[i] : registry[i] with
                    {
                        Roles = MergeRoles(known.Roles, r => r.Evidence is null, registry[i].Roles),
                        ClaimCount = known.ClaimCount,
                        EventCount = known.EventCount,
                    };
                    var primary = FactEntities.ForActor(actor).First();
                    if (stored[i] is null)
                    {
                        writes.Add(new TableTransactionAction(TableTransactionActionType.Add, primary));
                    }
                    else if (stored[i]!.GetString(FactEntities.Data) != primary.GetString(FactEntities.Data))
                    {
                        writes.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, primary, stored[i]!.ETag));
                    }
                }

                if (await TrySubmitAsync(actorTable, writes, attempt, cancellationToken))
                {
                    break;
                }
            }

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
        WriteAsync([set], cancellationToken);

    /// <summary>
    /// Replaces the facts of several sources, each as a set, in one write (<see cref="WriteSetsAsync"/>), together
    /// with any other caller's sets that arrive while an earlier write is running (<see cref="CommitInGroupAsync"/>).
    /// </summary>
    public async Task<SourceWriteResult> WriteAsync(IReadOnlyList<FactSet> sets, CancellationToken cancellationToken)
    {
        RefuseDuplicates(sets);
        return sets.Count == 0 ? SourceWriteResult.Unchanged : await CommitInGroupAsync(sets, cancellationToken);
    }

    /// <summary>Records a fetch that brought no new facts (failed, not modified, new validators) without touching the facts.</summary>
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

        // Merge: the set's hash and keys stay as the last write of its facts left them.
        await sourceTable.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
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
        var sources = TableClient.CreateQueryFilter($"PartitionKey eq {Partitions.Source}");
        await foreach (var _ in tables.GetTableClient(names.Sources).QueryAsync<TableEntity>(sources, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
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
}
