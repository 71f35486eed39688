using System.CommandLine;
using System.Globalization;
using FactApi.Cli.Formatting;
using FactApi.Core.Extraction;
using FactApi.Core.Extraction.Dates;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Cli.Commands;

/// <summary><c>factapi extract FILE --published DATE [--format json|timeml]</c>: the time expressions of one text file.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Plain text file (UTF-8)." };
        var published = new Option<string>("--published") { Description = "Publication date, yyyy-MM-dd.", Required = true };
        var format = new Option<string>("--format") { Description = "json (default: time expressions), timeml, or facts (actors, events, claims).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "timeml", "facts");
        var actors = new Option<FileInfo>("--actors") { Description = "Actor registry for --format facts (default: curated/actors.json).", DefaultValueFactory = _ => new FileInfo(Path.Combine("curated", "actors.json")) };
        var command = new Command("extract", "Find and normalise the time expressions in a text file.");
        command.Arguments.Add(file);
        command.Options.Add(published);
        command.Options.Add(format);
        command.Options.Add(actors);
        command.SetAction((ParseResult r, CancellationToken ct) =>
            RunAsync(r.GetValue(file)!, r.GetValue(published)!, r.GetValue(format)!, r.GetValue(actors)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, string published, string format, FileInfo actors, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var anchor))
        {
            await Console.Error.WriteLineAsync($"--published must be yyyy-MM-dd, got '{published}'.");
            return 2;
        }

        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync($"No such file: {file.FullName}");
            return 2;
        }

        var text = await File.ReadAllTextAsync(file.FullName, ct);
        if (format == "facts")
        {
            var registry = actors.Exists ? ActorRegistry.Parse(await File.ReadAllTextAsync(actors.FullName, ct), actors.FullName) : [];
            var source = new Source(Path.GetFileNameWithoutExtension(file.Name), SourceKind.Article, file.FullName, null, null, anchor, null, FactCounts.None);
            var set = new FactExtractor(registry).Extract(new ExtractionInput(source.Id, null, null, anchor, text), source);
            Console.WriteLine(FactSetJson.Write(set));
            return 0;
        }

        var found = TemporalTagger.Default.Tag(text, anchor);
        Console.WriteLine(format == "timeml" ? TimeMlMarkup.Write(text, anchor, found) : TimeExpressionJson.Write(anchor, found));
        return 0;
    }
}
