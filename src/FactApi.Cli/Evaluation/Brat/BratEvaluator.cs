using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FactApi.Core.Extraction;

namespace FactApi.Cli.Evaluation.Brat;

/// <summary>Runs FactApi's attribution finder over PolNeAR articles and scores its spans per role.</summary>
internal static class BratEvaluator
{
    public static (AttributionScorer Scorer, int Files, double Seconds) Run(IEnumerable<BratDocument> documents, Action<BratDocument, List<BratSpan>, List<BratSpan>>? errors)
    {
        var extractor = new FactExtractor([]);
        var scorer = new AttributionScorer();
        var watch = Stopwatch.StartNew();
        var files = 0;
        foreach (var document in documents)
        {
            var predicted = new List<BratSpan>();
            foreach (var found in extractor.Attributions(new ExtractionInput(document.Name, null, null, document.PublishedAt, document.Text)))
            {
                predicted.Add(new BratSpan("Source", [(found.Source.Start, found.Source.End)]));
                predicted.Add(new BratSpan("Cue", [(found.Cue.Start, found.Cue.End)]));
                predicted.Add(new BratSpan("Content", [.. found.Content.Select(c => (c.Start, c.End))]));
            }

            var (missed, spurious) = scorer.Add(document.Gold, predicted);
            errors?.Invoke(document, missed, spurious);
            if (++files % 50 == 0)
            {
                Console.Error.WriteLine($"{files} files");
            }
        }

        return (scorer, files, watch.Elapsed.TotalSeconds);
    }

    public static string ToJson(AttributionScorer scorer, int files, double seconds)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var role in BratReader.Roles)
        {
            result[role.ToLowerInvariant()] = new Dictionary<string, object>
            {
                ["exact"] = Scores(scorer.Exact(role)),
                ["overlap"] = Scores(scorer.Overlap(role)),
            };
        }

        result["files"] = files;
        result["seconds"] = Math.Round(seconds, 2);
        return JsonSerializer.Serialize(result);
    }

    public static string Summary(AttributionScorer scorer) => string.Join("; ", BratReader.Roles.Select(role =>
        string.Create(CultureInfo.InvariantCulture, $"{role} exact F1 {scorer.Exact(role).F1:0.000} overlap P {scorer.Overlap(role).Precision:0.000} R {scorer.Overlap(role).Recall:0.000} F1 {scorer.Overlap(role).F1:0.000}")));

    private static Dictionary<string, double> Scores(Conll.PrecisionRecall counts) => new(StringComparer.Ordinal)
    {
        ["p"] = Math.Round(counts.Precision, 4),
        ["r"] = Math.Round(counts.Recall, 4),
        ["f1"] = Math.Round(counts.F1, 4),
    };
}
