using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactApi.Core.Extraction;
using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Dates;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Benchmarks;

/// <summary>
/// Words per second per core of each extraction stage over a folder of plain-text news (every *.txt under it,
/// read at run time, never stored in the repository), one thread, measured in CPU time of that thread so the
/// figure does not depend on what else the machine runs. <c>--dump FILE</c> writes every output (names, time
/// expressions, facts) so that two builds can be compared for identical results.
/// </summary>
internal static partial class ExtractionThroughput
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: throughput FOLDER [--passes N] [--stage NAME] [--dump FILE] [--rules]");
            return 2;
        }

        var passes = Option(args, "--passes") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 3;
        var inputs = Directory.GetFiles(args[0], "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => new ExtractionInput(Path.GetFileNameWithoutExtension(path), null, null, DateIn(path), File.ReadAllText(path)))
            .ToList();
        var words = inputs.Sum(i => i.Text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Length);
        var registry = ActorRegistry.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "curated", "actors.json")));
        var extractor = new FactExtractor(registry);
        Console.Error.WriteLine($"{inputs.Count} texts, {words:N0} words, {passes} passes per stage (best pass kept); load: {Load()}");

        if (Option(args, "--dump") is { } dump)
        {
            Dump(inputs, extractor, dump);
            Console.Error.WriteLine($"outputs written to {dump}");
        }

        if (args.Contains("--rules"))
        {
            DateRuleCosts(inputs, words);
            return 0;
        }

        var tagger = FactApi.Core.Extraction.Claims.Tagging.AttributionTagger.Default!;
        var contexts = new Lazy<Dictionary<ExtractionInput, FactApi.Core.Extraction.Claims.Tagging.AttributionContext>>(
            () => inputs.ToDictionary(i => i, extractor.AttributionContext));
        (string Name, Func<ExtractionInput, int> Stage)[] stages =
        [
            ("tokens + sentences", i => Document.Create(i.Text).Sentences.Count),
            ("names (incl. tokens)", i => NameTagger.Default.Find(i.Text).Count),
            ("dates", i => TemporalTagger.Default.Tag(i.Text, i.PublishedAt ?? default).Count),
            ("tagger input (pipeline up to the attribution tagger)", i => extractor.AttributionContext(i).Count),
            ("attribution tagger alone (on contexts prepared beforehand)", i => tagger.Tag(contexts.Value[i]).Length),
            ("attribution spans alone (tagger, pairing, layout, on contexts prepared beforehand)", i => FactApi.Core.Extraction.Claims.ClaimExtractor.Spans(contexts.Value[i], tagger).Count),
            ("attributions (whole pipeline up to claims)", i => extractor.Attributions(i).Count),
            ("whole pipeline", i => extractor.Extract(i, Source(i)).Claims.Count),
        ];
        Console.WriteLine($"| Stage | CPU s | wall s | words/s/core (CPU) | words/s (wall) | bytes allocated/word |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        var only = Option(args, "--stage");
        foreach (var (name, stage) in stages.Where(s => only is null || s.Name.StartsWith(only, StringComparison.Ordinal)))
        {
            if (name.StartsWith("attribution tagger alone", StringComparison.Ordinal) || name.StartsWith("attribution spans alone", StringComparison.Ordinal))
            {
                _ = contexts.Value; // prepared outside the measurement
            }

            var (cpu, wall, allocated) = Measure(inputs, stage, passes);
            Console.WriteLine($"| {name} | {cpu:F3} | {wall:F3} | {words / cpu:N0} | {words / wall:N0} | {allocated / words:N0} |");
        }

        return 0;
    }

    private static (double Cpu, double Wall, long Allocated) Measure(List<ExtractionInput> inputs, Func<ExtractionInput, int> stage, int passes)
    {
        // The first pass warms the JIT (tiered compilation) and lazily loaded models; it is not counted.
        var best = (Cpu: double.MaxValue, Wall: double.MaxValue);
        var allocated = 0L;
        for (var pass = 0; pass <= passes; pass++)
        {
            var sink = 0;
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpuSeconds();
            var watch = Stopwatch.StartNew();
            foreach (var input in inputs)
            {
                sink += stage(input);
            }

            var result = (Cpu: ThreadCpuSeconds() - cpu, Wall: watch.Elapsed.TotalSeconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
            GC.KeepAlive(sink);
            if (pass > 0 && result.Cpu < best.Cpu)
            {
                best = result;
            }
        }

        return (best.Cpu, best.Wall, allocated);
    }

    /// <summary>The date rules that cost most: each rule's regex (and its gate) run alone over every text.</summary>
    private static void DateRuleCosts(List<ExtractionInput> inputs, int words)
    {
        var rules = RuleSet.LoadEmbedded(FactApi.Core.Extraction.Dates.Lexicon.LoadEmbedded());
        var costs = new List<(string Rule, double Cpu, int Matches)>();
        foreach (var rule in rules.Rules)
        {
            var matches = 0;
            foreach (var input in inputs.Take(50))
            {
                matches += rule.Pattern.Count(input.Text);
            }

            var cpu = ThreadCpuSeconds();
            matches = 0;
            var windows = new List<(int Start, int Length)>();
            foreach (var input in inputs)
            {
                if (rule.Window is { } window)
                {
                    windows.Clear();
                    RuleWindows.Find(rules.Gates[rule.Gate], input.Text, window, windows);
                    matches += RuleWindows.Matches(rule.Pattern, input.Text, windows).Count();
                }
                else if (rule.Gate < 0 || rules.Gates[rule.Gate].IsMatch(input.Text))
                {
                    matches += rule.Pattern.Count(input.Text);
                }
            }

            costs.Add((rule.Id, ThreadCpuSeconds() - cpu, matches));
        }

        // Each gate runs once per text in the tagger, whichever rules share it; the rule costs above include it.
        var gates = new List<(string Rules, double Cpu, int Passed)>();
        for (var g = 0; g < rules.Gates.Count; g++)
        {
            var cpu = ThreadCpuSeconds();
            var passed = inputs.Count(i => rules.Gates[g].IsMatch(i.Text));
            gates.Add((string.Join(' ', rules.Rules.Where(r => r.Gate == g).Select(r => r.Id)), ThreadCpuSeconds() - cpu, passed));
        }

        Console.WriteLine($"{rules.Gates.Count} gates, {gates.Sum(g => g.Cpu):F3} CPU s in all; the costliest, with the rules they gate:");
        foreach (var (gated, cpu, passed) in gates.OrderByDescending(g => g.Cpu).Take(10))
        {
            Console.WriteLine($"{cpu:F3} s {passed,4} of {inputs.Count} texts pass  {gated}");
        }

        Console.WriteLine($"{rules.Rules.Count} rules, {costs.Sum(c => c.Cpu):F3} CPU s in all over {words:N0} words");
        foreach (var (rule, cpu, matches) in costs.OrderByDescending(c => c.Cpu).Take(25))
        {
            Console.WriteLine($"{rule,-28} {cpu:F3} s {matches,7} matches");
        }
    }

    private static void Dump(List<ExtractionInput> inputs, FactExtractor extractor, string path)
    {
        var options = new JsonSerializerOptions { WriteIndented = false };
        using var writer = new StreamWriter(path);
        foreach (var input in inputs)
        {
            writer.WriteLine(input.SourceId);
            writer.WriteLine(JsonSerializer.Serialize(NameTagger.Default.Find(input.Text), options));
            writer.WriteLine(JsonSerializer.Serialize(TemporalTagger.Default.Tag(input.Text, input.PublishedAt ?? default), options));
            writer.WriteLine(JsonSerializer.Serialize(extractor.Attributions(input), options));
            var facts = extractor.Extract(input, Source(input));
            writer.WriteLine(JsonSerializer.Serialize(new { facts.Actors, facts.Events, facts.Claims, facts.Mentions }, options));
        }
    }

    private static Source Source(ExtractionInput input) =>
        new(input.SourceId, SourceKind.Article, input.SourceId, null, null, input.PublishedAt, null, FactCounts.None);

    /// <summary>The publication date in a file name such as <c>breitbart_2016-09-12_...</c>, else a fixed date.</summary>
    private static DateOnly DateIn(string path) =>
        DatePattern().Match(Path.GetFileName(path)) is { Success: true } m
            ? DateOnly.ParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : new DateOnly(2025, 5, 11);

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var at && at >= 0 && at + 1 < args.Length ? args[at + 1] : null;

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    private static double ThreadCpuSeconds()
    {
        // CLOCK_THREAD_CPUTIME_ID: time this thread ran, whatever other processes did meanwhile.
        if (OperatingSystem.IsLinux() && NativeMethods.clock_gettime(3, out var time) == 0)
        {
            return time.Seconds + (time.Nanoseconds / 1e9);
        }

        return Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex DatePattern();

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        public static extern int clock_gettime(int clock, out TimeSpec time);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
