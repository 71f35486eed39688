using System.CommandLine;
using FactApi.Cli.Commands;

namespace FactApi.Cli.Tests.Commands;

public sealed class ValidateSourcesCommandTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("factapi-manifest-");

    [Fact]
    public async Task A_valid_manifest_with_its_files_passes()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "facts.json"), "{}");
        var (exit, output, error) = await ValidateAsync("""{"sources":[{"id":"a","kind":"facts","url":"facts.json"},{"id":"b","kind":"rss","url":"https://news.example.test/feed"}]}""");

        Assert.Equal(0, exit);
        Assert.Contains("2 sources, all valid", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Every_problem_is_reported_with_the_entry_and_a_failing_exit_code()
    {
        var (exit, _, error) = await ValidateAsync("""{"sources":[{"id":"a","kind":"facts","url":"missing.json"},{"id":"B!","kind":"rss","url":"https://x.test/"}]}""");

        Assert.Equal(1, exit);
        Assert.Contains("source 'a': the file 'missing.json' does not exist", error, StringComparison.Ordinal);
        Assert.Contains("sources[1] ('B!')", error, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private async Task<(int Exit, string Output, string Error)> ValidateAsync(string manifest)
    {
        var path = Path.Combine(folder.FullName, "sources.json");
        File.WriteAllText(path, manifest);
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await CliRoot.Create().Parse(["sources", "validate", path]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
