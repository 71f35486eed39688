using FactApi.Cli.Commands;

namespace FactApi.Cli.Tests.Commands;

public sealed class CliRootTests
{
    [Fact]
    public async Task Help_lists_the_command_groups()
    {
        var output = new StringWriter();

        var exit = await CliRoot.Create().Parse(["--help"]).InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output });

        Assert.Equal(0, exit);
        Assert.Contains("eval", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("train", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("refresh", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("ask", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_fails_with_a_non_zero_exit()
    {
        var error = new StringWriter();

        var exit = await CliRoot.Create().Parse(["no-such-command"]).InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = new StringWriter(), Error = error });

        Assert.NotEqual(0, exit);
        Assert.Contains("no-such-command", error.ToString(), StringComparison.Ordinal);
    }
}
