using System.Text;
using System.Text.Json;

namespace FactApi.Cli.Evaluation.TimeMl;

/// <summary>Writes the one-line JSON summary that <c>factapi eval timeml</c> ends its output with.</summary>
internal static class TimexScoresJson
{
    public static string Write(TimexScorer scorer, int files, long words, Throughput time)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            WriteSlice(json, scorer.Score());
            foreach (var type in TimexScorer.Types)
            {
                json.WriteStartObject(type.ToLowerInvariant());
                WriteSlice(json, scorer.Score(type));
                json.WriteEndObject();
            }

            json.WriteNumber("files", files);
            json.WriteNumber("words", words);
            json.WriteNumber("seconds", Math.Round(time.Seconds, 4));
            json.WriteNumber("cpu_seconds", Math.Round(time.CpuSeconds, 4));
            json.WriteNumber("words_per_second", time.Seconds > 0 ? Math.Round(words / time.Seconds) : 0);
            json.WriteNumber("words_per_cpu_second", time.CpuSeconds > 0 ? Math.Round(words / time.CpuSeconds) : 0);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteSlice(Utf8JsonWriter json, TimexScores s)
    {
        WriteExtent(json, "strict", s.Strict);
        WriteExtent(json, "relaxed", s.Relaxed);
        json.WriteStartObject("value");
        json.WriteNumber("f1", Round(s.ValueF1));
        json.WriteNumber("accuracy", Round(s.ValueAccuracy));
        json.WriteEndObject();
        json.WriteStartObject("type");
        json.WriteNumber("accuracy", Round(s.TypeAccuracy));
        json.WriteEndObject();
        json.WriteNumber("gold", s.Gold);
        json.WriteNumber("predicted", s.Predicted);
    }

    private static void WriteExtent(Utf8JsonWriter json, string name, ExtentScore e)
    {
        json.WriteStartObject(name);
        json.WriteNumber("p", Round(e.P));
        json.WriteNumber("r", Round(e.R));
        json.WriteNumber("f1", Round(e.F1));
        json.WriteEndObject();
    }

    private static double Round(double x) => Math.Round(x, 4);
}
