using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using FactApi.Core.Text;
using FactApi.Storage;
using FactApi.Storage.Tables;
using FactApi.Storage.Writing;

namespace FactApi.Bench;

/// <summary>
/// The first read after a dataset change, through the whole stack, beside the raw Azure.Data.Tables requests
/// for the same entities (docs/storage.md's round trips of the route), alternating so both see the same load.
/// A change is made by writing a new dataset version, then waiting out the version's freshness window.
/// </summary>
internal static class UncachedProbe
{
    private const string End = "\uffff";

    public static async Task<int> RunAsync(Uri baseUrl, string connection, string prefix, string actorId, string speakerName, int runs)
    {
        var tables = new TableServiceClient(connection);
        var names = new TableNames(prefix);
        using var http = new HttpClient { BaseAddress = baseUrl };
        var routes = new (string Name, string Url, Func<Task> Raw)[]
        {
            ("ACTOR", $"api/actors/{actorId}", () => RawActorAsync(tables, names, actorId)),
            ("SPEAKER", $"api/claims?speaker={speakerName}", () => RawSpeakerAsync(tables, names, Uri.UnescapeDataString(speakerName))),
        };
        foreach (var (name, url, raw) in routes)
        {
            (await http.GetAsync(url)).EnsureSuccessStatusCode();
            await raw();
            var (api, floor) = (new List<double>(), new List<double>());
            for (var i = 0; i < runs; i++)
            {
                await tables.GetTableClient(names.Meta).UpsertEntityAsync(
                    new TableEntity(Partitions.Dataset, "version") { ["Value"] = $"bench-{Guid.NewGuid():N}" }, TableUpdateMode.Replace);
                await Task.Delay(DatasetVersion.FreshFor + TimeSpan.FromMilliseconds(50));
                var clock = Stopwatch.StartNew();
                (await http.GetAsync(url)).EnsureSuccessStatusCode();
                api.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                await raw();
                floor.Add(clock.Elapsed.TotalMilliseconds);
                Console.Error.WriteLine($"uncached {name.ToLowerInvariant()} {i + 1}/{runs}: api {api[^1]:0.0} ms, raw {floor[^1]:0.0} ms");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UNCACHED_{name}_MS={Median.Of(api):0.0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RAW_{name}_MS={Median.Of(floor):0.0}"));
        }

        return 0;
    }

    /// <summary>GET /actors/{id}: the version, the actor, the first page of its claims and of its events.</summary>
    private static async Task RawActorAsync(TableServiceClient tables, TableNames names, string actorId)
    {
        await tables.GetTableClient(names.Meta).GetEntityIfExistsAsync<TableEntity>(Partitions.Dataset, "version");
        await tables.GetTableClient(names.Actors).GetEntityIfExistsAsync<TableEntity>(Partitions.Actor, actorId);
        await FirstAsync(tables.GetTableClient(names.Claims), Partitions.Speaker(actorId), 6);
        await FirstAsync(tables.GetTableClient(names.Events), Partitions.ActorEvents(actorId), 6);
    }

    /// <summary>GET /claims?speaker=NAME: the version, the name tried as an id, the name index, the speaker's first page.</summary>
    private static async Task RawSpeakerAsync(TableServiceClient tables, TableNames names, string speaker)
    {
        await tables.GetTableClient(names.Meta).GetEntityIfExistsAsync<TableEntity>(Partitions.Dataset, "version");
        await tables.GetTableClient(names.Actors).GetEntityIfExistsAsync<TableEntity>(Partitions.Actor, TableKey.Encode(speaker));
        var prefix = TableKey.Encode(SearchKey.Fold(speaker)) + "|";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partitions.Name} and RowKey gt {prefix} and RowKey lt {prefix + End}");
        string? id = null;
        await foreach (var entity in tables.GetTableClient(names.Actors).QueryAsync<TableEntity>(filter, select: ["ActorId"]))
        {
            id = entity.GetString("ActorId");
            break;
        }

        await FirstAsync(tables.GetTableClient(names.Claims), Partitions.Speaker(id ?? throw new InvalidOperationException($"No actor is named '{speaker}'.")), 21);
    }

    private static async Task FirstAsync(TableClient table, string partition, int count)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {""} and RowKey le {End}");
        var seen = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(1000, (count - 1) * 4)))
        {
            if (++seen == count)
            {
                break;
            }
        }
    }
}
