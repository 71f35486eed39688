using System.CommandLine;
using FactApi.Cli.Evaluation;
using FactApi.Cli.Evaluation.Conll;
using FactApi.Core.Extraction.Actors;

namespace FactApi.Cli.Commands.Eval;

/// <summary>
/// <c>factapi eval conll FILE [--errors] [--model PATH]</c>: runs the name tagger on the gold tokens of a
/// CoNLL-2003 file and prints conlleval exact-span scores; the last stdout line is one JSON object.
/// </summary>
internal static class EvalConllCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "CoNLL-2003 file (word POS chunk NE, IOB tags)." };
        var errors = new Option<bool>("--errors") { Description = "List missed and spurious names with their sentence before the JSON." };
        var modelPath = new Option<FileInfo?>("--model") { Description = "Model file to evaluate instead of the embedded one." };
        var command = new Command("conll", "Score the name tagger (PER, ORG, LOC, MISC) on a CoNLL-2003 file.");
        command.Arguments.Add(file);
        command.Options.Add(errors);
        command.Options.Add(modelPath);
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            var input = result.GetValue(file)!;
            var listErrors = result.GetValue(errors);
            var model = result.GetValue(modelPath);
            Console.Error.WriteLine($"reading {input.FullName}");
            var documents = ConllReader.ReadFile(input.FullName);
            Console.Error.WriteLine($"{documents.Count} documents, {documents.Sum(d => d.Count)} sentences; loading model");
            var tagger = model is null ? NameTagger.Default : LoadModel(model);
            var outcome = ConllEvaluator.Run(tagger, documents, listErrors ? PrintErrors : null);
            Console.Error.WriteLine(outcome.Summary());
            Console.WriteLine(outcome.ToJson());
            return Task.FromResult(0);
        });
        return command;
    }

    private static NameTagger LoadModel(FileInfo model)
    {
        using var stream = model.OpenRead();
        return NameTagger.Load(stream);
    }

    private static void PrintErrors(LabelledSentence sentence, List<NameSpan> missed, List<NameSpan> spurious) =>
        ErrorListing.Print(missed, spurious, span => span.Label.PadRight(4), span => Mark(sentence, span));

    /// <summary>The sentence with the span in [brackets], trimmed to a few words either side.</summary>
    private static string Mark(LabelledSentence sentence, NameSpan span)
    {
        const int Context = 6;
        var from = Math.Max(0, span.FirstToken - Context);
        var to = Math.Min(sentence.Tokens.Count, span.EndToken + Context);
        var before = string.Join(' ', sentence.Tokens.Skip(from).Take(span.FirstToken - from));
        var inside = string.Join(' ', sentence.Tokens.Skip(span.FirstToken).Take(span.TokenCount));
        var after = string.Join(' ', sentence.Tokens.Skip(span.EndToken).Take(to - span.EndToken));
        return $"{before} [{inside}] {after}".Trim();
    }
}
