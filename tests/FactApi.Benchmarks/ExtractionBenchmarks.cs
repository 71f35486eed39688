using BenchmarkDotNet.Attributes;
using FactApi.Core.Extraction;
using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Dates;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Benchmarks;

/// <summary>Each extraction stage and the whole pipeline over the curated articles (words/s = words / mean).</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private string text = "";
    private FactExtractor extractor = null!;
    private Source source = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "curated");
        text = string.Join("\n\n", Directory.GetFiles(Path.Combine(folder, "texts")).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        extractor = new FactExtractor(ActorRegistry.Parse(File.ReadAllText(Path.Combine(folder, "actors.json"))));
        source = new Source("bench", SourceKind.Article, "bench", null, null, new DateOnly(2025, 5, 11), null, FactCounts.None);
        Words = text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
    }

    /// <summary>Words in the benchmark text, printed so throughput can be computed from the mean time.</summary>
    public int Words { get; private set; }

    [Benchmark]
    public int Tokenize() => Tokenizer.Tokenize(text).Count;

    [Benchmark]
    public int Sentences() => SentenceSplitter.Split(text).Count;

    [Benchmark]
    public int Names() => NameTagger.Default.Find(text).Count;

    [Benchmark]
    public int Dates() => TemporalTagger.Default.Tag(text, new DateOnly(2025, 5, 11)).Count;

    [Benchmark]
    public int WholePipeline() => extractor.Extract(new ExtractionInput("bench", null, null, new DateOnly(2025, 5, 11), text), source).Claims.Count;
}
