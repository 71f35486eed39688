using Azure.Data.Tables;

namespace FactApi.Storage.Reading;

/// <summary>
/// Reads one partition in RowKey order from just after the cursor's key, keeping entities that pass the
/// filter, until a page is full: a single-partition range query whatever the filters.
/// </summary>
internal static class PartitionPager
{
    public static async Task<(List<TableEntity> Items, string? LastKey)> ReadAsync(
        TableClient table, string partition, string after, string upTo, Func<TableEntity, bool> keep, int limit, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {after} and RowKey le {upTo}");
        var items = new List<TableEntity>(limit + 1);
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(1000, limit * 4), cancellationToken: cancellationToken))
        {
            if (!keep(entity))
            {
                continue;
            }

            items.Add(entity);
            if (items.Count > limit)
            {
                break;
            }
        }

        var more = items.Count > limit;
        if (more)
        {
            items.RemoveAt(items.Count - 1);
        }

        return (items, more ? items[^1].RowKey : null);
    }
}
