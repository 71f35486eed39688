using System.CommandLine;

namespace FactApi.Cli.Commands;

/// <summary><c>factapi eval ...</c>: score an extractor against annotated news (progress on stderr, JSON summary last on stdout).</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Score FactApi's extractors against annotated corpora.");
        eval.Subcommands.Add(Eval.EvalConllCommand.Create());
        eval.Subcommands.Add(Eval.EvalTimeMlCommand.Create());
        eval.Subcommands.Add(Eval.EvalBratCommand.Create());
        return eval;
    }
}
