using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FactApi.Core.Facts;
using FactApi.Core.Synthetic;
using FactApi.Storage;
using FactApi.Storage.Blobs;
using FactApi.Storage.Writing;

namespace FactApi.Bench;

/// <summary>
/// The refresh's write rate into a generated store beside the floor, a raw batched insert of the same entities
/// into a fresh table. The store's last sources change (each one claim shorter, a changed article) and are
/// written together, as a refresh writes a feed's items; then again (two claims shorter) source by source, as
/// separate refreshes of single articles do; then (three claims shorter) as single articles again, eight at once, as
/// the queue trigger runs them on one instance (the writer commits those that wait as a group); then with every fact revised, so every entity is written again
/// (beside Azurite's own batched upsert of those entities into the populated tables); then once more
/// unchanged, which must cost no write at all.
/// </summary>
internal static class WriteProbe
{
    public static async Task<int> RunAsync(string connection, string prefix, int claims, int seed, int count)
    {
        var last = SyntheticFacts.Generate(claims, seed).Sets.TakeLast(count).ToList();
        var together = Shorter(last, 1);
        var each = Shorter(last, 2);
        var concurrent = Shorter(last, 3);

        // Every fact revised (same ids, new content): each of its entities is written again.
        var revised = each.Select(s => s with
        {
            Claims = s.Claims.Select(c => c with { Content = c.Content + " (revised)" }).ToList(),
            Events = s.Events.Select(e => e with { What = e.What + " (revised)" }).ToList(),
        }).ToList();

        var bulkSeconds = await BulkInsertAsync(new TableServiceClient(connection), together);
        Report("BULK_EPS", Entities(together) / bulkSeconds);

        var counter = new WriteCounter();
        var times = new RequestTimes();
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(counter, HttpPipelinePosition.PerCall);
        tableOptions.AddPolicy(times, HttpPipelinePosition.PerCall);
        var blobOptions = new BlobClientOptions();
        blobOptions.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var tables = new TableServiceClient(connection, tableOptions);
        var names = new TableNames(prefix);
        var writer = new FactWriter(tables, names, new DatasetVersion(tables, names), new SourceTextStore(new BlobServiceClient(connection, blobOptions), names));

        // Connections and code warm up on a write of the sources as stored, which writes nothing.
        await writer.WriteAsync(last, CancellationToken.None);
        times.Print("warm-up");

        async Task Measure(string key, List<FactSet> sets, Func<Task> write)
        {
            var writes = counter.Writes;
            var clock = Stopwatch.StartNew();
            await write();
            var seconds = clock.Elapsed.TotalSeconds;
            Console.Error.WriteLine($"{key}: {sets.Count} sources in {seconds:0.00} s");
            times.Print(key);
            Report(key + "_EPS", Entities(sets) / seconds);
            Report(key + "_ENTITIES", Entities(sets));
            Report(key + "_REQUESTS_PER_SOURCE", (counter.Writes - writes) / (double)sets.Count);
        }

        await Measure("REFRESH", together, () => writer.WriteAsync(together, CancellationToken.None));
        await Measure("EACH", each, () => WriteEachAsync(writer, each, "one by one"));
        await Measure("CONCURRENT", concurrent, () => WriteConcurrentlyAsync(writer, concurrent));
        await Measure("REVISED", revised, () => writer.WriteAsync(revised, CancellationToken.None));

        // Azurite's own batched upsert of the same entities into the populated tables (they exist: each is replaced).
        var storeSeconds = await UpsertIntoStoreAsync(new TableServiceClient(connection), names, revised);
        Report("BULK_STORE_EPS", Entities(revised) / storeSeconds);

        var before = counter.Writes;
        await writer.WriteAsync(revised, CancellationToken.None);
        await WriteEachAsync(writer, revised, "unchanged");
        Report("UNCHANGED_WRITES", counter.Writes - before);
        Report("QUERY_MS", await PartitionQueryMillisecondsAsync(tables.GetTableClient(names.Claims)));
        return 0;
    }

    /// <summary>The sets with their last claims dropped: a changed article.</summary>
    private static List<FactSet> Shorter(List<FactSet> sets, int by) => sets.Select(s => s with { Claims = s.Claims.SkipLast(by).ToList() }).ToList();

    private static int Entities(List<FactSet> sets) => sets.Sum(s => RawEntities.Claims(s).Count() + RawEntities.Events(s).Count());

    /// <summary>What one partition query on the claims table costs here (Azurite scans the whole table for it).</summary>
    private static async Task<double> PartitionQueryMillisecondsAsync(TableClient claims)
    {
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await foreach (var _ in claims.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"speaker|nobody"}"), select: ["RowKey"]))
            {
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    private static async Task<double> BulkInsertAsync(TableServiceClient tables, List<FactSet> sets)
    {
        var table = tables.GetTableClient("bulk" + Guid.NewGuid().ToString("N")[..12]);
        await table.CreateAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            foreach (var partition in sets.SelectMany(s => RawEntities.Claims(s).Concat(RawEntities.Events(s))).GroupBy(e => e.PartitionKey + "\n" + e.RowKey).Select(g => g.First()).GroupBy(e => e.PartitionKey))
            {
                foreach (var batch in partition.Chunk(100))
                {
                    await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)));
                }
            }

            return clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await table.DeleteAsync();
        }
    }

    private static async Task<double> UpsertIntoStoreAsync(TableServiceClient tables, TableNames names, List<FactSet> sets)
    {
        var clock = Stopwatch.StartNew();
        foreach (var (table, entities) in new[] { (names.Claims, sets.SelectMany(RawEntities.Claims)), (names.Events, sets.SelectMany(RawEntities.Events)) })
        {
            foreach (var partition in entities.GroupBy(e => e.PartitionKey + "\n" + e.RowKey).Select(g => g.First()).GroupBy(e => e.PartitionKey))
            {
                foreach (var batch in partition.Chunk(100))
                {
                    await tables.GetTableClient(table).SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)));
                }
            }
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> WriteEachAsync(FactWriter writer, List<FactSet> sets, string what)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < sets.Count; i++)
        {
            await writer.WriteAsync(sets[i], CancellationToken.None);
            Console.Error.WriteLine($"{what} {i + 1}/{sets.Count}: {clock.Elapsed.TotalSeconds:0.0} s");
        }

        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Single articles refreshed at once, as the queue trigger runs them (host.json's batch size, 8).</summary>
    private static async Task WriteConcurrentlyAsync(FactWriter writer, List<FactSet> sets)
    {
        var done = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(sets, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (set, token) =>
        {
            await writer.WriteAsync(set, token);
            Console.Error.WriteLine($"at once {Interlocked.Increment(ref done)}/{sets.Count}: {clock.Elapsed.TotalSeconds:0.0} s");
        });
    }

    private static void Report(string key, double value) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}={value:0.#}"));
}
