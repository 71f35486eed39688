using System.CommandLine;

namespace FactApi.Cli.Commands;

/// <summary>The <c>factapi</c> command tree. Each command lives in its own file and is added here.</summary>
internal static class CliRoot
{
    public static RootCommand Create()
    {
        var root = new RootCommand("factapi: the curator's tool for FactApi (sources, extraction, evaluation, refresh).");
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(RefreshCommand.Create());
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        return root;
    }
}
