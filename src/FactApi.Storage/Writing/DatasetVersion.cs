using Azure;
using Azure.Data.Tables;
using FactApi.Storage.Tables;

namespace FactApi.Storage.Writing;

/// <summary>
/// One entity whose value changes whenever stored facts change: readers derive ETags and cache keys from it.
/// </summary>
public sealed class DatasetVersion(TableServiceClient tables, TableNames names)
{
    private const string Row = "version";
    private const string Value = "Value";

    public async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var entity = await tables.GetTableClient(names.Meta).GetEntityIfExistsAsync<TableEntity>(Partitions.Dataset, Row, [Value], cancellationToken);
            return entity.HasValue ? entity.Value!.GetString(Value) ?? "0" : "0";
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return "0";
        }
    }

    public async Task<string> BumpAsync(CancellationToken cancellationToken)
    {
        var version = $"{DateTimeOffset.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..30];
        await tables.GetTableClient(names.Meta).UpsertEntityAsync(new TableEntity(Partitions.Dataset, Row) { [Value] = version }, TableUpdateMode.Replace, cancellationToken);
        return version;
    }
}
