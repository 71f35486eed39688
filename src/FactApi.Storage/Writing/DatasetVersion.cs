using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using FactApi.Storage.Tables;

namespace FactApi.Storage.Writing;

/// <summary>
/// One entity whose value changes whenever stored facts change: readers derive ETags and cache keys from it.
/// Readers ask <see cref="CurrentAsync"/>, which reads storage at most once per <see cref="FreshFor"/> per
/// instance (concurrent requests share that one read), so a cached answer costs no round trip; a change written
/// by this instance is seen at once, one written by another instance within <see cref="FreshFor"/>.
/// </summary>
public sealed class DatasetVersion(TableServiceClient tables, TableNames names)
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(1);
    private const string Row = "version";
    private const string Value = "Value";
    private readonly Lock gate = new();
    private Known? known;
    private Task<string>? reading;
    private int bumps;

    /// <summary>The version as of at most <see cref="FreshFor"/> ago; no allocation while it is fresh.</summary>
    public ValueTask<string> CurrentAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref known) is { } fresh && Stopwatch.GetElapsedTime(fresh.ReadAt) < FreshFor)
        {
            return ValueTask.FromResult(fresh.Value);
        }

        Task<string> shared;
        lock (gate)
        {
            if (reading is null || reading.IsCompleted)
            {
                reading = ReadAndRememberAsync();
            }

            shared = reading;
        }

        return new ValueTask<string>(shared.WaitAsync(cancellationToken));
    }

    /// <summary>The version as storage has it now (one point read).</summary>
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
        lock (gate)
        {
            bumps++;
            Volatile.Write(ref known, new Known(version, Stopwatch.GetTimestamp()));
        }

        return version;
    }

    /// <summary>One read shared by every caller; callers' cancellation ends their wait, not the read.</summary>
    private async Task<string> ReadAndRememberAsync()
    {
        int before;
        lock (gate)
        {
            before = bumps;
        }

        var started = Stopwatch.GetTimestamp();
        var value = await ReadAsync(CancellationToken.None);
        lock (gate)
        {
            // A bump by this instance during the read is newer than what the read saw.
            if (bumps == before)
            {
                Volatile.Write(ref known, new Known(value, started));
            }
        }

        return value;
    }

    private sealed record Known(string Value, long ReadAt);
}
