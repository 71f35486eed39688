using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FactApi.Core.Model;
using FactApi.Storage.Tables;

namespace FactApi.Benchmarks;

/// <summary>Per-request work on the read path: key encoding and (source-generated) JSON of a stored claim.</summary>
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private static readonly Claim Sample = new("c-0123456789abcdef", new Speaker("port-authority", "The port authority"), "said",
        "more than 40 ships were waiting", QuoteForm.Indirect, TemporalValue.Parse("2031-03-08"), "harbour queue",
        [new NumberMention(40, "more than", "ships", "more than 40 ships")],
        new Evidence("harbour-news", "https://example.test/a", "Harbour", new DateOnly(2031, 3, 8), "The port authority said more than 40 ships were waiting.", 0, 56));

    private readonly string json = JsonSerializer.Serialize(Sample, ModelJsonContext.Default.Claim);

    [Benchmark]
    public string EncodePlainKey() => TableKey.Encode("volodymyr-zelensky");

    [Benchmark]
    public string EncodeHostileKey() => TableKey.Encode("a/b\\c#d?e|f~g");

    [Benchmark]
    public string SerializeClaim() => JsonSerializer.Serialize(Sample, ModelJsonContext.Default.Claim);

    [Benchmark]
    public Claim? DeserializeClaim() => JsonSerializer.Deserialize(json, ModelJsonContext.Default.Claim);
}
