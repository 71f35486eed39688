using FactApi.Cli.Commands;

namespace FactApi.Cli.Tests.Commands;

public sealed class TrainWordClassesCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "factapi-classes-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Writes_each_words_coarse_tags_from_the_part_of_speech_column()
    {
        Directory.CreateDirectory(folder);
        var conll = Path.Combine(folder, "tiny.conll");
        var output = Path.Combine(folder, "classes.txt");
        File.WriteAllLines(conll,
        [
            "-DOCSTART- -X- O O", "",
            "Officials NNS I-NP O", "said VBD I-VP O", "talks NNS I-NP O", "stalled VBD I-VP O", ". . O O", "",
            "He PRP I-NP O", "had VBD I-VP O", "said VBN I-VP O", "talks NNS I-NP O", "would MD I-VP O", "resume VB I-VP O", ". . O O", "",
        ]);

        var exit = await CliRoot.Create().Parse(["train", "word-classes", conll, "--out", output]).InvokeAsync();

        Assert.Equal(0, exit);
        var classes = File.ReadLines(output).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal("VBD|VBN", classes["said"]);
        Assert.Equal("N", classes["talks"]);
        Assert.Equal("P", classes["."]);
        Assert.False(classes.ContainsKey("resume"));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
