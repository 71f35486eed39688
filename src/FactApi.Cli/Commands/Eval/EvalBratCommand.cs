using System.CommandLine;
using FactApi.Cli.Evaluation;
using FactApi.Cli.Evaluation.Brat;
using FactApi.Core.Extraction.Claims.Tagging;

namespace FactApi.Cli.Commands.Eval;

/// <summary>
/// <c>factapi eval brat DIR --metadata FILE [--errors] [--layers] [--model FILE] [--agreement]</c>: runs the attribution finder on
/// PolNeAR's raw texts and prints per-role exact and overlap scores; the last stdout line is one JSON object.
/// </summary>
internal static class EvalBratCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "brat folder with text/ and attributions/ (a PolNeAR split)." };
        var metadata = new Option<FileInfo?>("--metadata") { Description = "PolNeAR metadata.tsv (publication_date of each article)." };
        var errors = new Option<bool>("--errors") { Description = "List missed and spurious spans with their text before the JSON." };
        var layers = new Option<bool>("--layers") { Description = "Score the tagger's spans per role before they are paired into attributions." };
        var model = new Option<FileInfo?>("--model") { Description = "Attribution model to score instead of the embedded one (from 'factapi train attribution --out')." };
        var agreement = new Option<bool>("--agreement") { Description = "Score no extractor: score one annotator against the other on the articles two annotated (the human ceiling)." };
        var command = new Command("brat", "Score attribution extraction (source, cue, content) on PolNeAR brat files.");
        command.Arguments.Add(directory);
        command.Options.Add(metadata);
        command.Options.Add(errors);
        command.Options.Add(layers);
        command.Options.Add(model);
        command.Options.Add(agreement);
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            var dir = result.GetValue(directory)!;
            var meta = result.GetValue(metadata);
            var listErrors = result.GetValue(errors);
            Console.Error.WriteLine($"reading {dir.FullName}");
            var dates = meta is null ? [] : BratReader.ReadMetadata(meta.FullName);
            if (result.GetValue(agreement))
            {
                var (pairs, articles) = BratEvaluator.Agreement(BratReader.ReadDirectory(dir.FullName, dates));
                Console.Error.WriteLine($"{articles} articles annotated twice; {BratEvaluator.Summary(pairs)}");
                Console.WriteLine(BratEvaluator.ToJson(pairs, articles, 0));
                return Task.FromResult(0);
            }

            var (scorer, files, seconds) = BratEvaluator.Run(BratReader.ReadDirectory(dir.FullName, dates), listErrors ? PrintErrors : null, result.GetValue(layers), result.GetValue(model) is { } file ? BratEvaluator.LoadModel(file) : AttributionTagger.Default);
            Console.Error.WriteLine(BratEvaluator.Summary(scorer));
            Console.WriteLine(BratEvaluator.ToJson(scorer, files, seconds));
            return Task.FromResult(0);
        });
        return command;
    }

    private static void PrintErrors(BratDocument document, List<BratSpan> missed, List<BratSpan> spurious) =>
        ErrorListing.Print(missed, spurious, span => span.Role.PadRight(7), span => Show(document.Text, span));

    /// <summary>The span's text; a cue also shows the words around it, since a cue alone says little.</summary>
    private static string Show(string text, BratSpan span)
    {
        var shown = string.Join(" ... ", span.Fragments.Select(f => text[f.Start..Math.Min(f.End, text.Length)]));
        if (span.Role == "Cue")
        {
            var (start, end) = (span.Fragments[0].Start, span.Fragments[^1].End);
            shown += "    | " + text[Math.Max(0, start - 80)..start] + "[" + shown + "]" + text[Math.Min(end, text.Length)..Math.Min(text.Length, end + 60)];
        }

        return shown.ReplaceLineEndings(" ");
    }
}
