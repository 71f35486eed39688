using FactApi.Cli.Evaluation.Brat;
using FactApi.Cli.Commands;

namespace FactApi.Cli.Tests.Commands;

/// <summary>train attribution and eval brat --model on a tiny brat folder of invented sentences.</summary>
public sealed class TrainAttributionCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "factapi-brat-" + Guid.NewGuid().ToString("N"));

    public TrainAttributionCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "text"));
        Directory.CreateDirectory(Path.Combine(folder, "attributions"));
        string[] speakers = ["The harbour master", "A ferry captain", "The union"];
        for (var d = 0; d < 3; d++)
        {
            var speaker = speakers[d];
            var text = $"{speaker} reckoned the cranes were unsafe. The boats stayed in port.\n";
            var cueStart = speaker.Length + 1;
            File.WriteAllText(Path.Combine(folder, "text", $"doc{d}.txt"), text);
            File.WriteAllLines(Path.Combine(folder, "attributions", $"doc{d}_ab12.ann"),
            [
                $"T1\tSource 0 {speaker.Length}\t{speaker}",
                $"T2\tCue {cueStart} {cueStart + 8}\treckoned",
                $"T3\tContent {cueStart + 9} {cueStart + 31}\tthe cranes were unsafe",
            ]);
        }
    }

    [Fact]
    public async Task Trains_a_model_that_loads_and_scores()
    {
        var model = Path.Combine(folder, "model.bin.gz");

        var trained = await CliRoot.Create().Parse(["train", "attribution", folder, "--dev", folder, "--epochs", "3", "--out", model]).InvokeAsync();
        var scored = await CliRoot.Create().Parse(["eval", "brat", folder, "--model", model, "--layers"]).InvokeAsync();
        var retuned = await CliRoot.Create().Parse(["train", "attribution", folder, "--dev", folder, "--from", model, "--out", model + ".2"]).InvokeAsync();

        Assert.Equal(0, trained);
        Assert.Equal(0, scored);
        Assert.Equal(0, retuned);
        Assert.True(new FileInfo(model + ".2").Length > 0);
    }

    [Fact]
    public async Task A_final_model_trains_on_several_folders_and_takes_the_biases_tuned_before()
    {
        var tuned = Path.Combine(folder, "tuned.bin.gz");
        var final = Path.Combine(folder, "final.bin.gz");

        var first = await CliRoot.Create().Parse(["train", "attribution", folder, "--epochs", "2", "--out", tuned]).InvokeAsync();
        var model = BratEvaluator.LoadModel(new FileInfo(tuned));
        float[] biases = [7, 11, 13];
        for (var layer = 0; layer < 3; layer++)
        {
            model.Layers[layer].Bias = biases[layer];
        }

        using (var stream = File.Create(tuned))
        {
            model.Save(stream);
        }

        var second = await CliRoot.Create().Parse(["train", "attribution", folder, folder, "--epochs", "2", "--biases-from", tuned, "--out", final]).InvokeAsync();

        Assert.Equal(0, first);
        Assert.Equal(0, second);
        Assert.Equal(biases, BratEvaluator.LoadModel(new FileInfo(final)).Layers.Select(l => l.Bias));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
