using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace FactApi.Storage.Health;

/// <summary>Asks Table Storage for one entity, with a deadline, to tell whether storage answers at all.</summary>
public sealed class StorageHealthProbe(TableServiceClient tables, TableNames names, StorageConnection connection, IOptions<StorageOptions> options)
{
    public string Endpoint => connection.DescribeTableEndpoint();

    public async Task<StorageHealth> CheckAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.Value.HealthTimeoutSeconds));
        try
        {
            await tables.GetTableClient(names.Meta)
                .GetEntityIfExistsAsync<TableEntity>("health", "probe", select: ["PartitionKey"], cancellationToken: deadline.Token)
                .ConfigureAwait(false);
            return StorageHealth.Ok;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // A missing table is still an answer from storage: the service is up, the store is just empty.
            return StorageHealth.Ok;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new StorageHealth(false, $"no answer from {Endpoint} within {options.Value.HealthTimeoutSeconds} s");
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException)
        {
            return new StorageHealth(false, $"{Endpoint} failed: {FirstLine(e.Message)}");
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}

public sealed record StorageHealth(bool IsHealthy, string? Problem)
{
    public static StorageHealth Ok { get; } = new(true, null);
}
