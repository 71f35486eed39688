using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FactApi.Core.Extraction;
using FactApi.Core.Extraction.Claims;
using FactApi.Core.Extraction.Claims.Tagging;

namespace FactApi.Cli.Evaluation.Brat;

/// <summary>Runs FactApi's attribution finder over PolNeAR articles and scores its spans per role.</summary>
internal static class BratEvaluator
{
    public static (AttributionScorer Scorer, int Files, double Seconds) Run(IEnumerable<BratDocument> documents, Action<BratDocument, List<BratSpan>, List<BratSpan>>? errors, bool layers, AttributionTagger? tagger)
    {
        var extractor = new FactExtractor([]);
        var watch = Stopwatch.StartNew();
        var (scorer, files) = Score(Contexts(extractor, documents), tagger, layers, errors);
        return (scorer, files, watch.Elapsed.TotalSeconds);
    }

    /// <summary>Each article with the tagger's input for it (the whole pipeline up to the claims), with progress.</summary>
    public static IEnumerable<(BratDocument Document, AttributionContext Context)> Contexts(FactExtractor extractor, IEnumerable<BratDocument> documents)
    {
        var files = 0;
        foreach (var document in documents)
        {
            yield return (document, extractor.AttributionContext(new ExtractionInput(document.Name, null, null, document.PublishedAt, document.Text)));
            if (++files % 100 == 0)
            {
                Console.Error.WriteLine($"{files} files");
            }
        }
    }

    /// <summary>Scores <paramref name="tagger"/> (or the rule-based finder alone when null) on prepared articles.</summary>
    public static (AttributionScorer Scorer, int Files) Score(IEnumerable<(BratDocument Document, AttributionContext Context)> documents, AttributionTagger? tagger, bool layers, Action<BratDocument, List<BratSpan>, List<BratSpan>>? errors = null)
    {
        var scorer = new AttributionScorer();
        var files = 0;
        foreach (var (document, context) in documents)
        {
            var (missed, spurious) = scorer.Add(document.Gold, Predict(context, tagger, layers));
            errors?.Invoke(document, missed, spurious);
            files++;
        }

        return (scorer, files);
    }

    private static List<BratSpan> Predict(AttributionContext context, AttributionTagger? tagger, bool layers)
    {
        if (layers)
        {
            var tags = tagger?.Tag(context) ?? context.Rules;
            return [.. BratReader.Roles.SelectMany(role => AttributionAssembler.Spans(context, tags[(int)Enum.Parse<AttributionRole>(role)]).Select(s => new BratSpan(role, [(s.Start, s.End)])))];
        }

        // PolNeAR annotates a span once and links it to every attribution it belongs to ("Trump said X and added
        // Y" has one Source), so a span two attributions share is scored once.
        return
        [
            .. ClaimExtractor.Spans(context, tagger).SelectMany(a => new[]
            {
                new BratSpan("Source", [(a.Source.Start, a.Source.End)]),
                new BratSpan("Cue", [(a.Cue.Start, a.Cue.End)]),
                new BratSpan("Content", [(a.Content.Start, a.Content.End)]),
            }).Where(s => s.Fragments[0].Start < s.Fragments[0].End).DistinctBy(SpanKey),
        ];
    }

    /// <summary>
    /// How far two annotators of the same article agree, scored as if the first were a system and the second gold:
    /// the ceiling a system can be expected to reach on this data.
    /// </summary>
    public static (AttributionScorer Scorer, int Articles) Agreement(IEnumerable<BratDocument> documents)
    {
        var scorer = new AttributionScorer();
        var articles = 0;
        foreach (var annotations in documents.GroupBy(d => d.Name).Where(g => g.Count() >= 2))
        {
            var (first, second) = (annotations.First(), annotations.Skip(1).First());
            scorer.Add([.. second.Gold.DistinctBy(SpanKey)], [.. first.Gold.DistinctBy(SpanKey)]);
            articles++;
        }

        return (scorer, articles);
    }

    /// <summary>What makes two spans one for scoring: a span shared by several attributions counts once.</summary>
    private static (string Role, (int Start, int End) First) SpanKey(BratSpan span) => (span.Role, span.Fragments[0]);

    /// <summary>An attribution model written by <c>factapi train attribution</c>.</summary>
    public static AttributionTagger LoadModel(FileInfo file)
    {
        using var stream = file.OpenRead();
        return AttributionTagger.Load(stream);
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
