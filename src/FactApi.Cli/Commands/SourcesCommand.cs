using System.CommandLine;
using FactApi.Cli.Commands.Sources;

namespace FactApi.Cli.Commands;

/// <summary><c>factapi sources ...</c>: work with the curated source manifest.</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var sources = new Command("sources", "Check and list the curated sources.");
        sources.Subcommands.Add(ValidateSourcesCommand.Create());
        return sources;
    }
}
