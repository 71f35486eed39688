using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FactApi.Core.Model;
using FactApi.Core.Synthetic;
using FactApi.Functions.Http;

namespace FactApi.Benchmarks;

/// <summary>
/// The read path's in-memory work: finding a cached answer (every request), and what a cache miss adds to its
/// storage round trips: reading a page of stored claims and writing the answer's JSON (source-generated).
/// </summary>
[MemoryDiagnoser]
public class ReadPathBenchmarks
{
    private const string Version = "20261125120000000-0123456789ab";
    private readonly ResponseCache cache = new();
    private readonly JsonSerializerOptions options = new();
    private ActorProfile profile = null!;
    private ListResponse<Claim> page = null!;
    private string[] stored = [];
    private string hitKey = "";

    [GlobalSetup]
    public void Setup()
    {
        ApiJson.Configure(options);
        var store = SyntheticFacts.Generate(10_000, seed: 1);
        var claims = store.Sets.SelectMany(s => s.Claims).ToList();
        var actor = store.Registry.First(a => claims.Any(c => c.Speaker.ActorId == a.Id));
        profile = new ActorProfile(actor, claims.Where(c => c.Speaker.ActorId == actor.Id).Take(5).ToList(), store.Sets.SelectMany(s => s.Events).Take(5).ToList());
        page = new ListResponse<Claim>(claims.Take(20).ToList(), "cursor");
        stored = claims.Take(21).Select(c => JsonSerializer.Serialize(c, ModelJsonContext.Default.Claim)).ToArray();
        foreach (var claim in claims)
        {
            cache.Add(Version, $"/api/claims/{claim.Id}\n", new CachedResponse("application/json", [1], "\"e\"", null));
        }

        hitKey = $"/api/claims/{claims[^1].Id}\n";
    }

    [Benchmark(Description = "cached answer lookup (10,000 entries)")]
    public bool CachedLookup() => cache.TryGet(Version, hitKey, out _);

    [Benchmark(Description = "miss: read a page of 21 stored claims")]
    public int ReadStoredPage()
    {
        var total = 0;
        foreach (var json in stored)
        {
            total += JsonSerializer.Deserialize(json, ModelJsonContext.Default.Claim)!.Numbers.Count;
        }

        return total;
    }

    [Benchmark(Description = "miss: JSON of an actor profile")]
    public byte[] SerializeProfile() => JsonSerializer.SerializeToUtf8Bytes(profile, options);

    [Benchmark(Description = "miss: JSON of a page of 20 claims")]
    public byte[] SerializePage() => JsonSerializer.SerializeToUtf8Bytes(page, options);
}
