using BenchmarkDotNet.Running;
using FactApi.Benchmarks;

// "throughput FOLDER" measures words/s/core over a corpus; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "throughput")
{
    return ExtractionThroughput.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

internal sealed partial class Program;
