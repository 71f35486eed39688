using Azure;
using Azure.Data.Tables;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Storage.Tables;

namespace FactApi.Storage.Writing;

/// <summary>
/// The one write path for facts, used by the sample loader, the refresh and the CLI: idempotent upserts in
/// partition batches, actor profiles merged across sources, and a new dataset version after every change.
/// </summary>
public sealed class FactWriter(TableServiceClient tables, TableNames names, DatasetVersion version, Blobs.SourceTextStore texts)
{
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
    public async Task WriteActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        await TableBatcher.UpsertAsync(tables.GetTableClient(names.Actors), actors.SelectMany(FactEntities.ForActor), cancellationToken);
        await version.BumpAsync(cancellationToken);
    }

    /// <summary>Writes one source's facts and its source record; the actors it mentions get its roles and fresh counts.</summary>
    public async Task WriteAsync(FactSet set, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        var claims = tables.GetTableClient(names.Claims);
        var events = tables.GetTableClient(names.Events);
        await TableBatcher.UpsertAsync(claims, set.Claims.SelectMany(FactEntities.ForClaim), cancellationToken);
        await TableBatcher.UpsertAsync(events, set.Events.SelectMany(FactEntities.ForEvent), cancellationToken);

        var actorTable = tables.GetTableClient(names.Actors);
        var merged = new List<Actor>();
        foreach (var actor in set.Actors)
        {
            var stored = await ReadAsync<Actor>(actorTable, Partitions.Actor, actor.Id, cancellationToken) ?? actor with { Roles = [] };
            var roles = stored.Roles.Concat(actor.Roles)
                .DistinctBy(r => (r.Title, r.Of, r.Evidence?.SourceId, r.Evidence?.Start))
                .ToList();
            merged.Add(stored with
            {
                Roles = roles,
                ClaimCount = await CountAsync(claims, Partitions.Speaker(actor.Id), cancellationToken),
                EventCount = await CountAsync(events, Partitions.ActorEvents(actor.Id), cancellationToken),
            });
        }

        await TableBatcher.UpsertAsync(actorTable, merged.SelectMany(FactEntities.ForActor), cancellationToken);
        var source = set.Source;
        if (set.Text is not null)
        {
            var hash = await texts.PutAsync(set.Text, cancellationToken);
            source = source with { LastFetch = (source.LastFetch ?? new FetchStatus(DateTimeOffset.UtcNow, "ok")) with { ContentHash = hash } };
        }

        await tables.GetTableClient(names.Sources).UpsertEntityAsync(FactEntities.ForSource(source), TableUpdateMode.Replace, cancellationToken);
        await version.BumpAsync(cancellationToken);
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
        where T : class
    {
        try
        {
            var entity = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            return entity.HasValue ? FactEntities.Read<T>(entity.Value!) : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
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
