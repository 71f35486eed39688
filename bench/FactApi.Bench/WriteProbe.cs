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
/// into a fresh table. The refresh rewrites the store's last sources, each one claim shorter (a changed
/// article), source by source as the queue-triggered refresh does; then writes them again unchanged, which
/// must cost no write at all.
/// </summary>
internal static class WriteProbe
{
    public static async Task<int> RunAsync(string connection, string prefix, int claims, int seed, int count)
    {
        var sets = SyntheticFacts.Generate(claims, seed).Sets.TakeLast(count).Select(s => s with { Claims = s.Claims.SkipLast(1).ToList() }).ToList();
        var entities = sets.Sum(s => RawEntities.Claims(s).Count() + RawEntities.Events(s).Count());

        var bulkSeconds = await BulkInsertAsync(new TableServiceClient(connection), sets);
        Report("BULK_EPS", entities / bulkSeconds);

        var counter = new WriteCounter();
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var blobOptions = new BlobClientOptions();
        blobOptions.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var tables = new TableServiceClient(connection, tableOptions);
        var names = new TableNames(prefix);
        var writer = new FactWriter(tables, names, new DatasetVersion(tables, names), new SourceTextStore(new BlobServiceClient(connection, blobOptions), names));
        var refreshSeconds = await WriteEachAsync(writer, sets, "refresh");
        Report("REFRESH_EPS", entities / refreshSeconds);
        Report("REFRESH_REQUESTS_PER_SOURCE", counter.Writes / (double)sets.Count);

        var before = counter.Writes;
        await WriteEachAsync(writer, sets, "unchanged");
        Report("UNCHANGED_WRITES", counter.Writes - before);
        Report("WRITE_ENTITIES", entities);
        return 0;
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

    private static void Report(string key, double value) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}={value:0.#}"));
}
