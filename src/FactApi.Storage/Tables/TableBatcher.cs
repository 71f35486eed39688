using Azure.Data.Tables;

namespace FactApi.Storage.Tables;

/// <summary>
/// Writes entities as entity group transactions: grouped by partition, at most 100 per batch (the service's
/// limit), upserts in Replace mode so writing the same fact twice leaves one identical entity.
/// </summary>
internal static class TableBatcher
{
    public const int MaxBatch = 100;

    public static async Task<int> UpsertAsync(TableClient table, IEnumerable<TableEntity> entities, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            // The same key twice in one batch is rejected; the last write of a key wins, as it would unbatched.
            var unique = partition.GroupBy(e => e.RowKey, StringComparer.Ordinal).Select(g => g.Last());
            foreach (var chunk in unique.Chunk(MaxBatch))
            {
                await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
                written += chunk.Length;
            }
        }

        return written;
    }

    /// <summary>
    /// Upserts and deletes in one pass: each partition's operations go out together in batches of at most 100, so a
    /// replaced fact costs no request of its own. A batch fails whole when a key to delete is already gone (an
    /// interrupted or overlapping write removed it); that batch is then sent again as its upserts plus single deletes.
    /// </summary>
    public static async Task<int> WriteAsync(TableClient table, IEnumerable<TableEntity> upserts, IEnumerable<(string Partition, string Row)> deletes, CancellationToken cancellationToken)
    {
        var writes = upserts.GroupBy(e => (e.PartitionKey, e.RowKey)).ToDictionary(g => g.Key, g => g.Last());
        var actions = writes.Values.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e))
            .Concat(deletes.Distinct().Where(k => !writes.ContainsKey(k))
                .Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(k.Partition, k.Row), Azure.ETag.All)));
        var written = 0;
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(MaxBatch))
            {
                try
                {
                    await table.SubmitTransactionAsync(chunk, cancellationToken);
                }
                catch (TableTransactionFailedException e) when (e.Status == 404)
                {
                    var chunkUpserts = chunk.Where(a => a.ActionType == TableTransactionActionType.UpsertReplace).ToList();
                    if (chunkUpserts.Count > 0)
                    {
                        await table.SubmitTransactionAsync(chunkUpserts, cancellationToken);
                    }

                    await DeleteAsync(table, chunk.Where(a => a.ActionType == TableTransactionActionType.Delete).Select(a => (TableEntity)a.Entity), cancellationToken);
                }

                written += chunk.Length;
            }
        }

        return written;
    }

    /// <summary>Deletes entities by key in partition batches; keys already gone are no error (a rerun deletes them again).</summary>
    public static async Task DeleteAsync(TableClient table, IEnumerable<TableEntity> entities, CancellationToken cancellationToken)
    {
        foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.DistinctBy(e => e.RowKey, StringComparer.Ordinal).Chunk(MaxBatch))
            {
                // A batch fails whole when one entity is missing, so deletes go one by one: they are rare.
                foreach (var entity in chunk)
                {
                    try
                    {
                        await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, Azure.ETag.All, cancellationToken);
                    }
                    catch (Azure.RequestFailedException e) when (e.Status == 404)
                    {
                    }
                }
            }
        }
    }
}
