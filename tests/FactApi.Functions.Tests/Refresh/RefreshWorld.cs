using Azure.Data.Tables;
using FactApi.Core.Facts;
using FactApi.Core.Refresh;
using FactApi.Core.Sources;
using FactApi.Functions.Composition;
using FactApi.Ingestion.Refresh;
using FactApi.Storage;
using FactApi.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactApi.Functions.Tests.Refresh;

/// <summary>
/// A curated folder (manifest + actor registry) in a temporary directory and FactApi's services composed by
/// AddFactApi against a given storage account, to drive the refresh pipeline directly.
/// </summary>
public sealed class RefreshWorld : IDisposable
{
    public const string Registry = """
        {"actors":[
          {"id":"ilse-varn","name":"Ilse Varn","kind":"person","aliases":["Varn","Mayor Varn"]},
          {"id":"dockworkers-union","name":"Dockworkers' Union","kind":"organization","aliases":["the union","dockworkers' union"]},
          {"id":"port-authority","name":"Port Authority","kind":"organization","aliases":["the port authority"]}
        ]}
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("factapi-curated-").FullName;
    private readonly ServiceProvider services;

    public RefreshWorld(string connectionString, IEnumerable<(string Id, string Kind, Uri Url)> sources, bool allowPrivate = true, string? prefix = null)
    {
        File.WriteAllText(Path.Combine(folder, "actors.json"), Registry);
        var entries = sources.Select(s => $$"""{"id":"{{s.Id}}","kind":"{{s.Kind}}","url":"{{s.Url}}"}""");
        File.WriteAllText(Path.Combine(folder, "sources.json"), $$"""{"sources":[{{string.Join(",", entries)}}]}""");
        TablePrefix = prefix ?? TestSupport.TablePrefix.New();
        ConnectionString = connectionString;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["FactApi:TablePrefix"] = TablePrefix,
            ["FactApi:SourcesManifest"] = Path.Combine(folder, "sources.json"),
            ["FactApi:AllowPrivateNetworkSources"] = allowPrivate ? "true" : "false",
            ["FactApi:Timeout"] = "00:00:03",
            ["FactApi:RetryDelay"] = "00:00:00.050",
        }).Build();
        services = new ServiceCollection().AddLogging().AddFactApi(configuration).AddSingleton<IConfiguration>(configuration).BuildServiceProvider();
    }

    public string TablePrefix { get; }

    public string ConnectionString { get; }

    public string ManifestPath => Path.Combine(folder, "sources.json");

    /// <summary>Dev host settings that run the app on this world: its tables, manifest and own refresh queue, polled briskly.</summary>
    public string[] HostSettings =>
    [
        $"--FactApi:SourcesManifest={ManifestPath}",
        $"--FactApi:RefreshQueue={TablePrefix}-refresh",
        "--FactApi:AllowPrivateNetworkSources=true",
        "--AzureFunctionsJobHost:extensions:queues:maxPollingInterval=00:00:00.200",
    ];

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public IReadOnlyList<ManifestSource> Manifest => Get<CuratedSources>().ReadManifest();

    /// <summary>Refreshes every source at once, as the queue would, and returns each result by source id.</summary>
    public async Task<Dictionary<string, SourceRunResult>> RefreshAllAsync()
    {
        var run = new RefreshRun(RefreshRun.NewId(DateTimeOffset.UtcNow), DateTimeOffset.UtcNow, "test", Manifest.Select(s => s.Id).ToList());
        await Get<IRefreshLog>().StartAsync(run, CancellationToken.None);
        var results = await Task.WhenAll(Manifest.Select(s => Get<SourceRefresher>().RefreshAsync(s, run.Id, CancellationToken.None)));
        return results.ToDictionary(r => r.SourceId);
    }

    /// <summary>Every fact entity (not the run log) as "table|pk|rk|etag".</summary>
    public async Task<List<string>> EntitiesAsync(bool withEtags)
    {
        var names = Get<TableNames>();
        var tables = Get<TableServiceClient>();
        var rows = new List<string>();
        foreach (var name in new[] { names.Actors, names.Claims, names.Events, names.Sources })
        {
            await foreach (var entity in tables.GetTableClient(name).QueryAsync<TableEntity>())
            {
                var data = name == names.Sources ? "" : entity.GetString("Data") ?? entity.GetString("ActorId");
                rows.Add($"{name[TablePrefix.Length..]}|{entity.PartitionKey}|{entity.RowKey}|{(withEtags ? entity.ETag.ToString() : data)}");
            }
        }

        return rows.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Replaces the curated actor registry, as a curator's edit does.</summary>
    public void WriteRegistry(string json)
    {
        var path = Path.Combine(folder, "actors.json");
        var before = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, json);
        // The registry is reloaded when its write time moves; a coarse file clock must not hide the edit.
        File.SetLastWriteTimeUtc(path, before.AddSeconds(1));
    }

    public async Task SeedRegistryAsync() =>
        await Get<IFactStore>().WriteActorsAsync(Get<CuratedSources>().ReadRegistry(), CancellationToken.None);

    public void Dispose()
    {
        services.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
