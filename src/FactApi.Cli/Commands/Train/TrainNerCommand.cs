using System.CommandLine;
using System.Diagnostics;
using FactApi.Cli.Evaluation.Conll;
using FactApi.Core.Extraction.Actors;

namespace FactApi.Cli.Commands.Train;

/// <summary>
/// <c>factapi train ner FILE [--dev FILE] [--out PATH] [--epochs N]</c>: trains the name tagger on a
/// CoNLL-2003 file, scores each epoch on the development file and writes the best model (by dev overall F1).
/// </summary>
internal static class TrainNerCommand
{
    /// <summary>Where the embedded model lives, relative to the repository root.</summary>
    private const string EmbeddedModelPath = "src/FactApi.Core/Extraction/Actors/Resources/names-conll2003.bin.gz";

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "CoNLL-2003 training file." };
        var dev = new Option<FileInfo?>("--dev") { Description = "CoNLL-2003 development file, scored after each epoch." };
        var output = new Option<FileInfo?>("--out") { Description = "Model file to write (default: the embedded model in FactApi.Core)." };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 10 };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights smaller than this (keeps the model small).", DefaultValueFactory = _ => 0.05f };
        var titles = new Option<double>("--titles") { Description = "Share of training person names given an inserted title (Mr., Dr.), which 1996 Reuters text rarely uses.", DefaultValueFactory = _ => 0.1 };
        var seed = new Option<int>("--seed") { Description = "Seed for the document order.", DefaultValueFactory = _ => 7 };
        var command = new Command("ner", "Train the name tagger (PER, ORG, LOC, MISC) from CoNLL-2003 data.");
        command.Arguments.Add(file);
        command.Options.Add(dev);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.Options.Add(prune);
        command.Options.Add(titles);
        command.Options.Add(seed);
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            var train = ConllReader.ReadFile(result.GetValue(file)!.FullName);
            var devFile = result.GetValue(dev);
            var devDocuments = devFile is null ? null : ConllReader.ReadFile(devFile.FullName);
            var outPath = result.GetValue(output)?.FullName ?? Path.Combine(RepositoryRoot(), EmbeddedModelPath);
            var threshold = result.GetValue(prune);
            Console.Error.WriteLine($"training on {train.Count} documents, {train.Sum(d => d.Count)} sentences");

            var trainer = new NameTaggerTrainer(result.GetValue(titles));
            var random = new Random(result.GetValue(seed));
            var clock = Stopwatch.StartNew();
            byte[]? best = null;
            var bestF1 = -1.0;
            var bestEpoch = 0;
            ConllResult? bestScores = null;
            for (var epoch = 1; epoch <= result.GetValue(epochs) && !cancellationToken.IsCancellationRequested; epoch++)
            {
                var accuracy = trainer.TrainEpoch(train, random);
                var line = $"epoch {epoch}: train token accuracy {accuracy:0.0000}, {trainer.FeatureCount} features, {clock.Elapsed.TotalSeconds:0}s";
                var tagger = trainer.Snapshot(threshold);
                var scores = devDocuments is null ? null : ConllEvaluator.Run(tagger, devDocuments);
                Console.Error.WriteLine(scores is null ? line : $"{line}; dev {scores.Summary()}");
                var f1 = scores?.Overall.F1 ?? epoch;
                if (f1 > bestF1)
                {
                    (bestF1, bestEpoch, bestScores) = (f1, epoch, scores);
                    using var buffer = new MemoryStream();
                    tagger.Save(buffer);
                    best = buffer.ToArray();
                }
            }

            if (best is null)
            {
                Console.Error.WriteLine("no epoch completed; nothing written");
                return Task.FromResult(1);
            }

            File.WriteAllBytes(outPath, best);
            Console.Error.WriteLine($"wrote {outPath} ({best.Length / 1024} KB) from epoch {bestEpoch}");
            Console.WriteLine(bestScores is null
                ? $"model: {outPath}; epoch {bestEpoch}"
                : $"model: {outPath}; epoch {bestEpoch}; dev {bestScores.Summary()}");
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>The nearest folder above the working directory that holds FactApi.sln.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FactApi.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the FactApi repository, or pass --out.");
    }
}
