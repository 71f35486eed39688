using Azure;
using Azure.Data.Tables;
using FactApi.Core.Model;
using FactApi.Storage.Tables;
using FactApi.Storage.Writing;

namespace FactApi.Storage.Reading;

/// <summary>
/// Every actor, event, claim and dispute, read once per dataset version and kept in memory: questions are answered
/// from this snapshot in microseconds, and a new version (any change of facts) replaces it.
/// </summary>
public sealed class SnapshotReader(TableServiceClient tables, TableNames names, DatasetVersion version)
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private (string Version, StoredFacts Facts)? current;

    public async Task<(string Version, StoredFacts Facts)> GetAsync(CancellationToken cancellationToken)
    {
        var latest = await version.CurrentAsync(cancellationToken);
        if (current is { } cached && cached.Version == latest)
        {
            return cached;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            if (current is { } again && again.Version == latest)
            {
                return again;
            }

            var facts = new StoredFacts(
                await ReadAsync<Actor>(names.Actors, Partitions.Actor, cancellationToken),
                await ReadAsync<Event>(names.Events, Partitions.Event, cancellationToken),
                await ReadAsync<Claim>(names.Claims, Partitions.Claim, cancellationToken),
                await ReadAsync<Dispute>(names.Claims, Partitions.Dispute, cancellationToken));
            current = (latest, facts);
            return current.Value;
        }
        finally
        {
            loading.Release();
        }
    }

    private async Task<List<T>> ReadAsync<T>(string table, string partition, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        try
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
            await foreach (var entity in tables.GetTableClient(table).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                items.Add(FactEntities.Read<T>(entity));
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }

        return items;
    }
}

/// <summary>All stored facts of one dataset version.</summary>
public sealed record StoredFacts(IReadOnlyList<Actor> Actors, IReadOnlyList<Event> Events, IReadOnlyList<Claim> Claims, IReadOnlyList<Dispute> Disputes);
