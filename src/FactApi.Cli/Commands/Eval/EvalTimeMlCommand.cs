using System.CommandLine;
using System.Diagnostics;
using FactApi.Cli.Evaluation.TimeMl;
using FactApi.Cli.Formatting;
using FactApi.Core.Extraction.Dates;

namespace FactApi.Cli.Commands.Eval;

/// <summary>
/// <c>factapi eval timeml DIR [--errors]</c>: tags every <c>.tml</c> file under DIR with the temporal tagger
/// anchored on its DCT and scores it TempEval-3 style. Progress goes to stderr; the last stdout line is JSON.
/// </summary>
internal static class EvalTimeMlCommand
{
    // Characters of text shown either side of an error.
    private const int Context = 50;

    public static Command Create()
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "Folder searched recursively for .tml files." };
        var errors = new Option<bool>("--errors") { Description = "List every miss, spurious, wrong value, type or extent before the JSON." };
        var command = new Command("timeml", "Score the temporal tagger on TimeML (TempEval-3) files.");
        command.Arguments.Add(dir);
        command.Options.Add(errors);
        command.SetAction((ParseResult r, CancellationToken ct) => RunAsync(r.GetValue(dir)!, r.GetValue(errors), ct));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo dir, bool listErrors, CancellationToken ct)
    {
        if (!dir.Exists)
        {
            await Console.Error.WriteLineAsync($"No such folder: {dir.FullName}");
            return 2;
        }

        var tagger = TemporalTagger.Default;
        var scorer = new TimexScorer();
        var files = dir.EnumerateFiles("*.tml", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal).ToList();
        var docs = new List<TimeMlDocument>(files.Count);
        long words = 0;
        for (var i = 0; i < files.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var doc = TimeMlDocument.Parse(files[i].Name, await File.ReadAllTextAsync(files[i].FullName, ct));
            docs.Add(doc);
            words += WordCount(doc.Text);
            var found = tagger.Tag(doc.Text, doc.Published);
            var predicted = found.Select(e => new TimexSpan(e.Start, e.End, e.Type.ToTimeMl(), e.Value)).ToList();
            var docErrors = scorer.Add(doc.Gold, predicted);
            if (listErrors)
            {
                foreach (var error in docErrors)
                {
                    Console.WriteLine(Describe(doc, error));
                }
            }

            if ((i + 1) % 50 == 0 || i + 1 == files.Count)
            {
                await Console.Error.WriteLineAsync($"timeml: {i + 1}/{files.Count} files");
            }
        }

        // Throughput is timed on a second pass, once regexes and code are jitted: the steady state of a long-running host.
        // CPU time as well as wall time: on a shared machine wall time also counts other people's work.
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var doc in docs)
        {
            tagger.Tag(doc.Text, doc.Published);
        }

        watch.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(TimexScoresJson.Write(scorer, files.Count, words, new Throughput(watch.Elapsed.TotalSeconds, cpu)));
        return 0;
    }

    private static string Describe(TimeMlDocument doc, TimexError error)
    {
        var span = error.Gold ?? error.Predicted!;
        var from = Math.Max(0, span.Start - Context);
        var to = Math.Min(doc.Text.Length, span.End + Context);
        var context = (doc.Text[from..span.Start] + "[[" + doc.Text[span.Start..span.End] + "]]" + doc.Text[span.End..to])
            .ReplaceLineEndings(" ");
        string Show(TimexSpan? s) => s is null ? "-" : $"'{doc.Text[s.Start..s.End]}' {s.Type} {s.Value}";
        return $"{error.Kind,-10} {doc.Name} dct={doc.Published:yyyy-MM-dd} gold={Show(error.Gold)} pred={Show(error.Predicted)} | {context}";
    }

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }
}
