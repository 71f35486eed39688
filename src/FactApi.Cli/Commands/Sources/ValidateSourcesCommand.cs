using System.CommandLine;
using FactApi.Core.Sources;

namespace FactApi.Cli.Commands.Sources;

/// <summary>
/// <c>factapi sources validate [MANIFEST]</c>: every problem of the manifest, each naming the entry and why;
/// local files it points to must exist. Exit code 1 when anything is wrong.
/// </summary>
internal static class ValidateSourcesCommand
{
    public static Command Create()
    {
        var manifest = new Argument<FileInfo>("manifest")
        {
            Description = "The source manifest (default: curated/sources.json).",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("curated", "sources.json")),
        };
        var command = new Command("validate", "Check the source manifest and say exactly which entry is wrong and why.") { manifest };
        command.SetAction((result, _) =>
        {
            var file = result.GetValue(manifest)!;
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            if (!file.Exists)
            {
                error.WriteLine($"{file.FullName}: no such file.");
                return Task.FromResult(1);
            }

            var parsed = SourceManifest.Parse(File.ReadAllText(file.FullName), file.FullName);
            var problems = parsed.Errors.Concat(parsed.Sources
                .Where(s => !s.IsRemote && !File.Exists(Path.Combine(file.DirectoryName!, s.Url)))
                .Select(s => $"{file.FullName}: source '{s.Id}': the file '{s.Url}' does not exist next to the manifest.")).ToList();
            foreach (var problem in problems)
            {
                error.WriteLine(problem);
            }

            output.WriteLine(problems.Count == 0
                ? $"{parsed.Sources.Count} sources, all valid ({parsed.Sources.Count(s => s.Enabled)} enabled)."
                : $"{problems.Count} problem(s) in {file.Name}.");
            return Task.FromResult(problems.Count == 0 ? 0 : 1);
        });
        return command;
    }
}
