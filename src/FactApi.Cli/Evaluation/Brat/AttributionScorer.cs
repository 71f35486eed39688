using FactApi.Cli.Evaluation.Conll;

namespace FactApi.Cli.Evaluation.Brat;

/// <summary>
/// PolNeAR scoring per role: exact (same fragments) and overlap (any shared character). Gold and predicted
/// spans are paired one-to-one, greedily in predicted order, each prediction taking the first free gold
/// span it matches, so one long prediction cannot claim several gold spans.
/// </summary>
internal sealed class AttributionScorer
{
    private readonly Dictionary<string, PrecisionRecall> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PrecisionRecall> overlap = new(StringComparer.Ordinal);

    /// <summary>Adds one document; returns the gold spans no prediction overlapped and the predictions that overlapped none.</summary>
    public (List<BratSpan> Missed, List<BratSpan> Spurious) Add(IReadOnlyList<BratSpan> gold, IReadOnlyList<BratSpan> predicted)
    {
        var missed = new List<BratSpan>();
        var spurious = new List<BratSpan>();
        foreach (var role in gold.Concat(predicted).Select(s => s.Role).Distinct())
        {
            var g = gold.Where(s => s.Role == role).ToList();
            var p = predicted.Where(s => s.Role == role).ToList();
            exact[role] = exact.GetValueOrDefault(role) + Match(g, p, (a, b) => a.SameExtent(b), null, null);
            overlap[role] = overlap.GetValueOrDefault(role) + Match(g, p, (a, b) => a.Overlaps(b), missed, spurious);
        }

        return (missed, spurious);
    }

    public PrecisionRecall Exact(string role) => exact.GetValueOrDefault(role);

    public PrecisionRecall Overlap(string role) => overlap.GetValueOrDefault(role);

    private static PrecisionRecall Match(List<BratSpan> gold, List<BratSpan> predicted, Func<BratSpan, BratSpan, bool> matches, List<BratSpan>? missed, List<BratSpan>? spurious)
    {
        var taken = new bool[gold.Count];
        var hits = 0;
        foreach (var prediction in predicted)
        {
            var index = Enumerable.Range(0, gold.Count).FirstOrDefault(i => !taken[i] && matches(gold[i], prediction), -1);
            if (index < 0)
            {
                spurious?.Add(prediction);
                continue;
            }

            taken[index] = true;
            hits++;
        }

        missed?.AddRange(gold.Where((_, i) => !taken[i]));
        return new PrecisionRecall(hits, predicted.Count - hits, gold.Count - hits);
    }
}
