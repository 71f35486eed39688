using System.CommandLine;
using System.Diagnostics;
using FactApi.Cli.Evaluation.Brat;
using FactApi.Core.Extraction;
using FactApi.Core.Extraction.Claims;
using FactApi.Core.Extraction.Claims.Tagging;

namespace FactApi.Cli.Commands.Train;

/// <summary>
/// <c>factapi train attribution DIR --metadata FILE [--dev DIR] [--out PATH] [--epochs N] [--from MODEL]</c>: trains the
/// attribution tagger (cue, source and content layers) on PolNeAR brat files, scoring each epoch on the
/// development split if given, and writes the model.
/// </summary>
internal static class TrainAttributionCommand
{
    private const string ModelFile = "src/FactApi.Core/Extraction/Claims/Resources/attribution-polnear.bin.gz";

    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo[]>("dir") { Description = "brat folders with text/ and attributions/ (PolNeAR train split; more folders are trained on too).", Arity = ArgumentArity.OneOrMore };
        var metadata = new Option<FileInfo?>("--metadata") { Description = "PolNeAR metadata.tsv (publication dates)." };
        var dev = new Option<DirectoryInfo?>("--dev") { Description = "brat folder scored after each epoch (progress only: the last epoch is kept)." };
        var output = new Option<FileInfo?>("--out") { Description = "Model file to write (default: the embedded model in FactApi.Core)." };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 10 };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights smaller than this (keeps the model small).", DefaultValueFactory = _ => 0.02f };
        var seed = new Option<int>("--seed") { Description = "Seed for the document order of the first run.", DefaultValueFactory = _ => 7 };
        var runs = new Option<int>("--runs") { Description = "Independent runs (seeds seed, seed+1...) whose weights are averaged.", DefaultValueFactory = _ => 1 };
        var biasesFrom = new Option<FileInfo?>("--biases-from") { Description = "Take the decoding biases of this model instead of tuning them (for a final model trained on the development split too, with biases tuned when it was held out)." };
        var start = new Option<FileInfo?>("--from") { Description = "Skip training: load this model, prune it with --prune and retune its decoding biases on --dev." };
        var command = new Command("attribution", "Train the attribution tagger (source, cue, content) from PolNeAR brat files.");
        command.Arguments.Add(directory);
        command.Options.Add(metadata);
        command.Options.Add(dev);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.Options.Add(prune);
        command.Options.Add(seed);
        command.Options.Add(runs);
        command.Options.Add(start);
        command.Options.Add(biasesFrom);
        runs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--runs must be at least 1.");
            }
        });
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            var meta = result.GetValue(metadata);
            var dates = meta is null ? [] : BratReader.ReadMetadata(meta.FullName);
            var extractor = new FactExtractor([]);
            var clock = Stopwatch.StartNew();
            Console.Error.WriteLine("preparing the training articles (names, dates, rule-based spans)");
            var from = result.GetValue(start);
            var train = from is not null ? [] : result.GetValue(directory)!
                .SelectMany(d => BratEvaluator.Contexts(extractor, BratReader.ReadDirectory(d.FullName, dates)))
                .Select(p => AttributionExample.Create(p.Context, Gold(p.Document)))
                .ToList();
            var devDir = result.GetValue(dev);
            var devSet = devDir is null ? null : BratEvaluator.Contexts(extractor, BratReader.ReadDirectory(devDir.FullName, dates)).ToList();
            Console.Error.WriteLine($"{train.Count} training files, {train.Sum(e => e.Context.Count)} tokens, prepared in {clock.Elapsed.TotalSeconds:0}s");

            var threshold = result.GetValue(prune);
            var taggers = new List<AttributionTagger>();
            for (var run = 0; from is null && run < result.GetValue(runs); run++)
            {
                var trainer = new AttributionTrainer();
                var random = new Random(result.GetValue(seed) + run);
                for (var epoch = 1; epoch <= result.GetValue(epochs); epoch++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var accuracy = trainer.TrainEpoch(train, random);
                    var line = $"run {run + 1} epoch {epoch}: token accuracy cue {accuracy[0]:0.0000} source {accuracy[1]:0.0000} content {accuracy[2]:0.0000}, {trainer.FeatureCount} features, {clock.Elapsed.TotalSeconds:0}s";
                    Console.Error.WriteLine(devSet is null ? line : $"{line}; dev {BratEvaluator.Summary(BratEvaluator.Score(devSet, trainer.Snapshot(threshold), layers: false).Scorer)}");
                }

                taggers.Add(trainer.Snapshot(threshold));
            }

            var tagger = from is not null ? BratEvaluator.LoadModel(from).Pruned(threshold)
                : taggers.Count == 1 ? taggers[0]
                : AttributionTagger.Average(taggers, threshold);
            if (result.GetValue(biasesFrom) is { } biasModel)
            {
                var tuned = BratEvaluator.LoadModel(biasModel);
                for (var layer = 0; layer < tagger.Layers.Count; layer++)
                {
                    tagger.Layers[layer].Bias = tuned.Layers[layer].Bias;
                }
            }
            else if (devSet is not null)
            {
                TuneBiases(tagger, devSet);
            }

            var outPath = result.GetValue(output)?.FullName ?? EmbeddedModelPath.Resolve(ModelFile);
            using (var stream = File.Create(outPath))
            {
                tagger.Save(stream);
            }

            var summary = devSet is null ? "" : $"; dev {BratEvaluator.Summary(BratEvaluator.Score(devSet, tagger, layers: false).Scorer)}";
            Console.Error.WriteLine($"wrote {outPath}");
            Console.WriteLine($"model: {outPath} ({new FileInfo(outPath).Length / 1024} KB, {tagger.FeatureCount} features, {(from is null ? $"{taggers.Count} run(s) of {result.GetValue(epochs)} epochs" : $"retuned from {from.Name}")}){summary}");
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>
    /// Per layer, cues first and then once more each for cues and sources (their biases interact through the pairing), the decoding bias with the best overlap F1 of that role on the development split
    /// (the perceptron's "outside" lean costs recall; see <see cref="LayerWeights.Bias"/>).
    /// </summary>
    private static void TuneBiases(AttributionTagger tagger, List<(BratDocument Document, AttributionContext Context)> devSet)
    {
        float[] grid = [0, 5, 10, 15, 20, 25, 30, 36, 42, 50, 60, 75, 90, 110, 130, 160];
        foreach (var role in (AttributionRole[])[AttributionRole.Cue, AttributionRole.Source, AttributionRole.Content, AttributionRole.Cue, AttributionRole.Source])
        {
            var layer = tagger.Layers[(int)role];
            var (best, bestF1) = (0f, -1.0);
            foreach (var bias in grid)
            {
                layer.Bias = bias;
                var f1 = BratEvaluator.Score(devSet, tagger, layers: false).Scorer.Overlap(role.ToString()).F1;
                Console.Error.WriteLine($"bias {role} {bias}: overlap F1 {f1:0.000}");
                if (f1 > bestF1)
                {
                    (best, bestF1) = (bias, f1);
                }
            }

            layer.Bias = best;
        }
    }

    private static IEnumerable<(AttributionRole Role, TextSpan Span)> Gold(BratDocument document) =>
        document.Gold.SelectMany(span => span.Fragments.Select(f => (Enum.Parse<AttributionRole>(span.Role), new TextSpan(f.Start, f.End))));
}
