using Azure.Data.Tables;

namespace FactApi.Storage.Tests.Writing;

/// <summary>Every entity of the fact tables with its properties, except when a source was last fetched (its Data).</summary>
internal static class StoreDump
{
    public static async Task<List<string>> OfAsync(TableServiceClient tables, TableNames names)
    {
        var rows = new List<string>();
        foreach (var (label, name) in new[] { ("actors", names.Actors), ("claims", names.Claims), ("events", names.Events), ("sources", names.Sources), ("tallies", names.Tallies) })
        {
            await foreach (var entity in tables.GetTableClient(name).QueryAsync<TableEntity>())
            {
                var properties = entity.Where(p => p.Key is not ("odata.etag" or "Timestamp" or "PartitionKey" or "RowKey") && !(label == "sources" && p.Key == "Data"))
                    .Select(p => $"{p.Key}={p.Value}").Order(StringComparer.Ordinal);
                rows.Add($"{label}|{entity.PartitionKey}|{entity.RowKey}|{string.Join(";", properties)}");
            }
        }

        return rows.Order(StringComparer.Ordinal).ToList();
    }
}
