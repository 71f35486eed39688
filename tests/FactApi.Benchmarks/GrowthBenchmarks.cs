using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FactApi.Core.Answering;
using FactApi.Core.Disputes;
using FactApi.Core.Model;
using FactApi.Core.Synthetic;
using FactApi.Functions.Http;

namespace FactApi.Benchmarks;

/// <summary>
/// How the per-version costs grow with the store (synthetic stores of 1k, 10k and 100k claims): loading the
/// snapshot's claims from their stored JSON, building the answerer's indexes, answering a question, and finding
/// a cached answer among one per claim.
/// </summary>
[MemoryDiagnoser]
public class GrowthBenchmarks
{
    private const string Version = "v";
    private string[] stored = [];
    private FactSnapshot snapshot = null!;
    private QuestionAnswerer answerer = null!;
    private ResponseCache cache = null!;
    private string question = "";
    private string hitKey = "";

    [Params(1_000, 10_000, 100_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var store = SyntheticFacts.Generate(Claims, seed: 1);
        var claims = store.Sets.SelectMany(s => s.Claims).ToList();
        var disputes = claims.GroupBy(c => c.Topic!).Select(g => DisputeFinder.Find(g.Key, g)).OfType<Dispute>().ToList();
        snapshot = new FactSnapshot(store.Registry, store.Sets.SelectMany(s => s.Events).ToList(), claims, disputes);
        stored = claims.Select(c => JsonSerializer.Serialize(c, ModelJsonContext.Default.Claim)).ToArray();
        answerer = new QuestionAnswerer(snapshot);
        var speaker = claims.Where(c => c.Numbers.Count > 0).GroupBy(c => c.Speaker.ActorId!).OrderByDescending(g => g.Count()).First().First();
        var surname = store.Registry.First(a => a.Id == speaker.Speaker.ActorId).Aliases[0];
        var topic = speaker.Topic!;
        question = $"How many {speaker.Numbers[0].Unit} did {surname} count in {topic[(topic.LastIndexOf(" in ", StringComparison.Ordinal) + 4)..]}?";
        cache = new ResponseCache();
        foreach (var claim in claims)
        {
            cache.Add(Version, $"/api/claims/{claim.Id}\n", new CachedResponse("application/json", [1], "\"e\"", null));
        }

        hitKey = $"/api/claims/{claims[Claims / 2].Id}\n";
    }

    [Benchmark(Description = "snapshot: claims from stored JSON")]
    public int LoadClaims()
    {
        var count = 0;
        foreach (var json in stored)
        {
            count += JsonSerializer.Deserialize(json, ModelJsonContext.Default.Claim) is null ? 0 : 1;
        }

        return count;
    }

    [Benchmark(Description = "answerer: build indexes")]
    public QuestionAnswerer BuildAnswerer() => new(snapshot);

    [Benchmark(Description = "answerer: one question")]
    public Answer Ask() => answerer.Ask(question, new DateOnly(2026, 1, 1));

    [Benchmark(Description = "cached answer lookup")]
    public bool CachedLookup() => cache.TryGet(Version, hitKey, out _);
}
