using System.Text.Json;
using FactApi.Cli.Evaluation.TimeMl;

namespace FactApi.Cli.Tests.Evaluation.TimeMl;

public class TimexScoresJsonTests
{
    [Fact]
    public void Summary_is_one_line_with_every_slice_and_throughput()
    {
        var scorer = new TimexScorer();
        scorer.Add([new TimexSpan(0, 4, "DATE", "2025")], [new TimexSpan(0, 4, "DATE", "2025")]);

        var json = TimexScoresJson.Write(scorer, files: 1, words: 1000, new Throughput(0.5, 0.25));

        Assert.DoesNotContain('\n', json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        foreach (var key in new[] { "strict", "relaxed", "value", "type", "date", "time", "duration", "set" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }

        Assert.Equal(1.0, root.GetProperty("relaxed").GetProperty("f1").GetDouble());
        Assert.Equal(1.0, root.GetProperty("value").GetProperty("f1").GetDouble());
        Assert.Equal(2000, root.GetProperty("words_per_second").GetDouble());
        Assert.Equal(1, root.GetProperty("files").GetInt32());
    }
}
