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
