namespace FactApi.Cli.Evaluation.TimeMl;

/// <summary>Time spent tagging one pass over the corpus: wall-clock seconds and process CPU seconds.</summary>
internal readonly record struct Throughput(double Seconds, double CpuSeconds);
