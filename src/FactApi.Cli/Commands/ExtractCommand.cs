using System.CommandLine;
using System.Globalization;
using FactApi.Cli.Formatting;
using FactApi.Core.Extraction.Dates;

namespace FactApi.Cli.Commands;

/// <summary><c>factapi extract FILE --published DATE [--format json|timeml]</c>: the time expressions of one text file.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Plain text file (UTF-8)." };
        var published = new Option<string>("--published") { Description = "Publication date, yyyy-MM-dd.", Required = true };
        var format = new Option<string>("--format") { Description = "json (default) or timeml.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "timeml");
        var command = new Command("extract", "Find and normalise the time expressions in a text file.");
        command.Arguments.Add(file);
        command.Options.Add(published);
        command.Options.Add(format);
        command.SetAction((ParseResult r, CancellationToken ct) =>
            RunAsync(r.GetValue(file)!, r.GetValue(published)!, r.GetValue(format)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, string published, string format, CancellationToken ct)
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
        var found = TemporalTagger.Default.Tag(text, anchor);
        Console.WriteLine(format == "timeml" ? TimeMlMarkup.Write(text, anchor, found) : TimeExpressionJson.Write(anchor, found));
        return 0;
    }
}
