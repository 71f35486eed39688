namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>
/// The trained weights of one layer: three tag weights per feature id, and (previous tag or start, tag)
/// transition weights. While training, lookups go through the trainer's growing dictionary; a trained tagger
/// scores from one <see cref="FusedWeights"/> table over its three layers.
/// </summary>
internal sealed class LayerWeights(Dictionary<uint, int> rows, float[] weights, float[] transitions)
{
    /// <summary>Transition rows: previous tag 0..2, then 3 for the start of the document.</summary>
    public const int Start = SpanTags.Count;

    public Dictionary<uint, int> Rows => rows;

    public float[] Weights => weights;

    public float[] Transitions => transitions;

    /// <summary>
    /// Added to the B and I scores of every token when decoding: the averaged perceptron leans to "outside" on
    /// rare spans, and a bias tuned on development data trades some precision for the recall F1 needs.
    /// </summary>
    public float Bias { get; set; }

    /// <summary>A copy without the features whose three weights all stay under <paramref name="threshold"/> in size.</summary>
    public LayerWeights Pruned(float threshold)
    {
        var kept = new Dictionary<uint, int>();
        var values = new List<float>();
        foreach (var (key, row) in rows)
        {
            var at = row * SpanTags.Count;
            if (Math.Max(Math.Abs(weights[at]), Math.Max(Math.Abs(weights[at + 1]), Math.Abs(weights[at + 2]))) < threshold)
            {
                continue;
            }

            kept[key] = kept.Count;
            values.AddRange(weights.AsSpan(at, SpanTags.Count));
        }

        return new LayerWeights(kept, [.. values], transitions) { Bias = Bias };
    }

    /// <summary>
    /// The mean of <paramref name="layers"/> (a feature missing from one counts as zero there), without features
    /// whose mean weights all stay under <paramref name="threshold"/>: runs trained in different orders disagree
    /// on rare features, and their mean generalises better than any one of them.
    /// </summary>
    public static LayerWeights Average(IReadOnlyList<LayerWeights> layers, float threshold)
    {
        var sums = new Dictionary<uint, float[]>();
        foreach (var layer in layers)
        {
            foreach (var (key, row) in layer.Rows)
            {
                if (!sums.TryGetValue(key, out var sum))
                {
                    sums[key] = sum = new float[SpanTags.Count];
                }

                for (var k = 0; k < SpanTags.Count; k++)
                {
                    sum[k] += layer.Weights[(row * SpanTags.Count) + k] / layers.Count;
                }
            }
        }

        var rows = new Dictionary<uint, int>();
        var weights = new List<float>();
        foreach (var (key, sum) in sums)
        {
            rows[key] = rows.Count;
            weights.AddRange(sum);
        }

        var transitions = new float[layers[0].Transitions.Length];
        for (var k = 0; k < transitions.Length; k++)
        {
            transitions[k] = layers.Average(l => l.Transitions[k]);
        }

        return new LayerWeights(rows, [.. weights], transitions).Pruned(threshold);
    }

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var row))
            {
                var at = row * SpanTags.Count;
                scores[0] += weights[at];
                scores[1] += weights[at + 1];
                scores[2] += weights[at + 2];
            }
        }

        scores[SpanTags.Begin] += Bias;
        scores[SpanTags.Inside] += Bias;
    }
}
