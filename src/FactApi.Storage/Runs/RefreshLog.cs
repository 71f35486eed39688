using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FactApi.Core.Refresh;
using FactApi.Storage.Tables;

namespace FactApi.Storage.Runs;

/// <summary>
/// Refresh runs in the <c>{prefix}runs</c> table: the run under <c>run</c>/id, each source's result under
/// <c>run|{id}</c>/source (to tell when the run is complete) and <c>source|{id}</c>/run id (newest first, for
/// /sources/{id}). Run ids sort newest first.
/// </summary>
public sealed class RefreshLog(TableServiceClient tables, TableNames names) : IRefreshLog
{
    private const string Run = "run";

    public async Task StartAsync(RefreshRun run, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        await table.UpsertEntityAsync(Entity(Run, run.Id, run), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task RecordAsync(SourceRunResult result, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        await table.UpsertEntityAsync(Entity(TableKey.Join(Run, result.RunId), TableKey.Encode(result.SourceId), result), TableUpdateMode.Replace, cancellationToken);
        await table.UpsertEntityAsync(Entity(Partitions.OfSource(result.SourceId), result.RunId, result), TableUpdateMode.Replace, cancellationToken);
        if (await GetRunAsync(result.RunId, cancellationToken) is not { EndedAt: null } run)
        {
            return;
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Join(Run, result.RunId)}");
        var reported = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            reported++;
        }

        if (reported >= run.SourceIds.Count)
        {
            await table.UpsertEntityAsync(Entity(Run, run.Id, run with { EndedAt = DateTimeOffset.UtcNow }), TableUpdateMode.Replace, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<SourceRunResult>> RecentAsync(string sourceId, int count, CancellationToken cancellationToken)
    {
        var results = new List<SourceRunResult>();
        try
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partitions.OfSource(sourceId)}");
            await foreach (var entity in tables.GetTableClient(names.Runs).QueryAsync<TableEntity>(filter, maxPerPage: count, cancellationToken: cancellationToken))
            {
                results.Add(Read<SourceRunResult>(entity));
                if (results.Count == count)
                {
                    break;
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }

        return results;
    }

    public async Task<RefreshRun?> GetRunAsync(string runId, CancellationToken cancellationToken)
    {
        try
        {
            var entity = await tables.GetTableClient(names.Runs).GetEntityIfExistsAsync<TableEntity>(Run, TableKey.Encode(runId), cancellationToken: cancellationToken);
            return entity.HasValue ? Read<RefreshRun>(entity.Value!) : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private async Task<TableClient> TableAsync(CancellationToken cancellationToken)
    {
        var table = tables.GetTableClient(names.Runs);
        await table.CreateIfNotExistsAsync(cancellationToken);
        return table;
    }

    private static TableEntity Entity<T>(string partition, string row, T value) =>
        new(partition, row) { ["Data"] = JsonSerializer.Serialize(value, typeof(T), RunsJsonContext.Default) };

    private static T Read<T>(TableEntity entity) => (T)JsonSerializer.Deserialize(entity.GetString("Data"), typeof(T), RunsJsonContext.Default)!;
}
