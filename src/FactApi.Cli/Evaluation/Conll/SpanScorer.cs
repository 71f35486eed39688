using FactApi.Core.Extraction.Actors;

namespace FactApi.Cli.Evaluation.Conll;

/// <summary>
/// conlleval scoring: a predicted name counts only if its first token, last token and type all match a
/// gold name. Micro-averaged per type and over any set of types.
/// </summary>
internal sealed class SpanScorer
{
    private readonly Dictionary<string, PrecisionRecall> counts = new(StringComparer.Ordinal);

    /// <summary>Adds one sentence; returns the gold names that were missed and the predictions that were wrong.</summary>
    public (List<NameSpan> Missed, List<NameSpan> Spurious) Add(IEnumerable<NameSpan> gold, IEnumerable<NameSpan> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        foreach (var span in predictedSet)
        {
            Count(span.Label, goldSet.Contains(span) ? new(1, 0, 0) : new(0, 1, 0));
        }

        var missed = goldSet.Where(g => !predictedSet.Contains(g)).ToList();
        foreach (var span in missed)
        {
            Count(span.Label, new(0, 0, 1));
        }

        return (missed, [.. predictedSet.Where(p => !goldSet.Contains(p))]);
    }

    /// <summary>Scores of one type.</summary>
    public PrecisionRecall For(string label) => counts.GetValueOrDefault(label);

    /// <summary>Micro-averaged scores over <paramref name="labels"/>.</summary>
    public PrecisionRecall Over(IEnumerable<string> labels) => labels.Aggregate(default(PrecisionRecall), (sum, label) => sum + For(label));

    private void Count(string label, PrecisionRecall delta) => counts[label] = counts.GetValueOrDefault(label) + delta;
}
