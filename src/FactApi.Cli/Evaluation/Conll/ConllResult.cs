using System.Globalization;
using System.Text;
using System.Text.Json;
using FactApi.Core.Extraction.Actors;

namespace FactApi.Cli.Evaluation.Conll;

/// <summary>The outcome of one CoNLL evaluation and its one-line JSON form.</summary>
internal sealed record ConllResult(SpanScorer Scorer, int Tokens, double Seconds)
{
    public PrecisionRecall Overall => Scorer.Over(ConllEvaluator.ActorLabels);

    /// <summary>One line for humans, e.g. for training progress.</summary>
    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"overall F1 {Overall.F1:0.0000} (P {Overall.Precision:0.0000} R {Overall.Recall:0.0000}); PER {Scorer.For(NameLabels.Person).F1:0.0000} ORG {Scorer.For(NameLabels.Organization).F1:0.0000} LOC {Scorer.For(NameLabels.Location).F1:0.0000} MISC {Scorer.For(NameLabels.Misc).F1:0.0000}");

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            Write(json, "overall", Overall);
            foreach (var label in NameLabels.All)
            {
                Write(json, label.ToLowerInvariant(), Scorer.For(label));
            }

            json.WriteNumber("tokens", Tokens);
            json.WriteNumber("seconds", Math.Round(Seconds, 3));
            json.WriteNumber("tokensPerSecond", Seconds > 0 ? Math.Round(Tokens / Seconds) : 0);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter json, string name, PrecisionRecall score)
    {
        json.WriteStartObject(name);
        json.WriteNumber("p", Math.Round(score.Precision, 4));
        json.WriteNumber("r", Math.Round(score.Recall, 4));
        json.WriteNumber("f1", Math.Round(score.F1, 4));
        json.WriteNumber("tp", score.TruePositives);
        json.WriteNumber("fp", score.FalsePositives);
        json.WriteNumber("fn", score.FalseNegatives);
        json.WriteEndObject();
    }
}
