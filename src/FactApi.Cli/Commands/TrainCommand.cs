using System.CommandLine;

namespace FactApi.Cli.Commands;

/// <summary><c>factapi train ...</c>: retrain a learned extractor from annotated data.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var train = new Command("train", "Retrain FactApi's learned models from annotated corpora.");
        train.Subcommands.Add(Train.TrainNerCommand.Create());
        train.Subcommands.Add(Train.TrainAttributionCommand.Create());
        train.Subcommands.Add(Train.TrainWordClassesCommand.Create());
        train.Subcommands.Add(Train.TrainWordSensesCommand.Create());
        return train;
    }
}
