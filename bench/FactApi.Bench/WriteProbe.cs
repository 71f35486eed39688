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
    /// <summary>Each step runs this many times, on as many groups of sources, and reports the median rate.</summary>
    private const int Runs = 3;

    public static async Task<int> RunAsync(string connection, string prefix, int claims, int seed, int count)
    {
        var sets = SyntheticFacts.Generate(claims, seed).Sets;

        // Group 0 is the store's last sources, group 1 the ones before them, ...; the one after the measured groups warms up.
        var groups = Enumerable.Range(0, Runs + 1).Select(r => sets.SkipLast(r * count).TakeLast(count).ToList()).ToList();
        var together = groups.Select(g => Shorter(g, 1)).ToList();
        var each = groups.Select(g => Shorter(g, 2)).ToList();
        var concurrent = groups.Select(g => Shorter(g, 3)).ToList();

        // Every fact revised (same ids, new content): each of its entities is written again.
        var revised = each.Select(group => group.Select(s => s with
        {
            Claims = s.Claims.Select(c => c with { Content = c.Content + " (revised)" }).ToList(),
            Events = s.Events.Select(e => e with { What = e.What + " (revised)" }).ToList(),
        }).ToList()).ToList();

        var bulk = new List<double>();
        for (var r = 0; r < Runs; r++)
        {
            bulk.Add(Entities(together[r]) / await BulkInsertAsync(new TableServiceClient(connection), together[r]));
        }

        Report("BULK_EPS", Median.Of(bulk));

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

        // Connections and code warm up on a write of sources as stored, which writes nothing, then on a changed
        // write of sources no step measures: a long-running host's writer is warm.
        await writer.WriteAsync(groups[0], CancellationToken.None);
        await writer.WriteAsync(together[Runs], CancellationToken.None);
        times.Print("warm-up");

        async Task Measure(string key, List<List<FactSet>> runs, Func<List<FactSet>, Task> write)
        {
            var writes = counter.Writes;
            var rates = new List<double>();
            for (var r = 0; r < Runs; r++)
            {
                var clock = Stopwatch.StartNew();
                await write(runs[r]);
                var seconds = clock.Elapsed.TotalSeconds;
                Console.Error.WriteLine($"{key} run {r + 1}: {runs[r].Count} sources in {seconds:0.00} s");
                times.Print($"{key} run {r + 1}");
                rates.Add(Entities(runs[r]) / seconds);
            }

            Console.Error.WriteLine($"{key}: {string.Join(", ", rates.Select(x => x.ToString("0", CultureInfo.InvariantCulture)))} entities/s");
            Report(key + "_EPS", Median.Of(rates));
            Report(key + "_ENTITIES", Entities(runs[0]));
            Report(key + "_REQUESTS_PER_SOURCE", (counter.Writes - writes) / (double)(Runs * count));
        }

        await Measure("REFRESH", together, g => writer.WriteAsync(g, CancellationToken.None));
        await Measure("EACH", each, g => WriteEachAsync(writer, g, "one by one"));
        await Measure("CONCURRENT", concurrent, g => WriteConcurrentlyAsync(writer, g));
        await Measure("REVISED", revised, g => writer.WriteAsync(g, CancellationToken.None));

        // Azurite's own batched upsert of the same entities into the populated tables (they exist: each is replaced).
        var store = new List<double>();
        for (var r = 0; r < Runs; r++)
        {
            store.Add(Entities(revised[r]) / await UpsertIntoStoreAsync(new TableServiceClient(connection), names, revised[r]));
        }

        Report("BULK_STORE_EPS", Median.Of(store));

        var before = counter.Writes;
        foreach (var group in revised.Take(Runs))
        {
            await writer.WriteAsync(group, CancellationToken.None);
            await WriteEachAsync(writer, group, "unchanged");
        }

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

        return Median.Of(times);
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
