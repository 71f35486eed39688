using System.CommandLine;
using System.Diagnostics;
using FactApi.Cli.Evaluation.Conll;
using FactApi.Core.Extraction.Actors;

namespace FactApi.Cli.Commands.Train;

/// <summary>
/// <c>factapi train ner FILE [--dev FILE] [--out PATH] [--epochs N] [--runs N]</c>: trains the name tagger
/// on a CoNLL-2003 file (scoring each epoch on the development file, if given), averages the runs and
/// writes the model.
/// </summary>
internal static class TrainNerCommand
{
    /// <summary>Where the embedded model lives, relative to the repository root.</summary>
    private const string ModelFile = "src/FactApi.Core/Extraction/Actors/Resources/names-conll2003.bin.gz";

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "CoNLL-2003 training file." };
        var dev = new Option<FileInfo?>("--dev") { Description = "CoNLL-2003 development file, scored after each epoch (progress only: the last epoch is kept)." };
        var output = new Option<FileInfo?>("--out") { Description = "Model file to write (default: the embedded model in FactApi.Core)." };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 12 };
        var runs = new Option<int>("--runs") { Description = "Independent runs (seeds seed, seed+1...) whose weights are averaged.", DefaultValueFactory = _ => 5 };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights smaller than this (keeps the model small).", DefaultValueFactory = _ => 0.05f };
        var titles = new Option<double>("--titles") { Description = "Share of training person names given an inserted title (Mr., Dr.), which 1996 Reuters text rarely uses.", DefaultValueFactory = _ => 0.1 };
        var seed = new Option<int>("--seed") { Description = "Seed for the document order of the first run.", DefaultValueFactory = _ => 7 };
        var command = new Command("ner", "Train the name tagger (PER, ORG, LOC, MISC) from CoNLL-2003 data.");
        command.Arguments.Add(file);
        command.Options.Add(dev);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.Options.Add(runs);
        command.Options.Add(prune);
        command.Options.Add(titles);
        command.Options.Add(seed);
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            var train = ConllReader.ReadFile(result.GetValue(file)!.FullName);
            var devFile = result.GetValue(dev);
            var devDocuments = devFile is null ? null : ConllReader.ReadFile(devFile.FullName);
            var outPath = result.GetValue(output)?.FullName ?? EmbeddedModelPath.Resolve(ModelFile);
            var threshold = result.GetValue(prune);
            Console.Error.WriteLine($"training on {train.Count} documents, {train.Sum(d => d.Count)} sentences");

            var clock = Stopwatch.StartNew();
            var taggers = new List<NameTagger>();
            for (var run = 0; run < result.GetValue(runs); run++)
            {
                var trainer = new NameTaggerTrainer(result.GetValue(titles));
                var random = new Random(result.GetValue(seed) + run);
                for (var epoch = 1; epoch <= result.GetValue(epochs); epoch++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var accuracy = trainer.TrainEpoch(train, random);
                    var line = $"run {run + 1} epoch {epoch}: train token accuracy {accuracy:0.0000}, {trainer.FeatureCount} features, {clock.Elapsed.TotalSeconds:0}s";
                    Console.Error.WriteLine(devDocuments is null ? line : $"{line}; dev {ConllEvaluator.Run(trainer.Snapshot(threshold), devDocuments).Summary()}");
                }

                taggers.Add(trainer.Snapshot(threshold));
            }

            var tagger = taggers.Count == 1 ? taggers[0] : NameTagger.Average(taggers, threshold);
            using (var stream = File.Create(outPath))
            {
                tagger.Save(stream);
            }

            var size = new FileInfo(outPath).Length;
            var summary = devDocuments is null ? "" : $"; dev {ConllEvaluator.Run(tagger, devDocuments).Summary()}";
            Console.Error.WriteLine($"wrote {outPath}");
            Console.WriteLine($"model: {outPath} ({size / 1024} KB, {tagger.FeatureCount} features, {taggers.Count} run(s) of {result.GetValue(epochs)} epochs){summary}");
            return Task.FromResult(0);
        });
        return command;
    }
}
