namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>
/// The trained weights of one layer: three tag weights per feature id, and (previous tag or start, tag)
/// transition weights. While training, lookups go through the trainer's growing dictionary; a trained layer
/// (loaded or snapshotted) is <see cref="Freeze">frozen</see> into a <see cref="PackedWeights"/> table.
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

    private PackedWeights? packed;

    /// <summary>Builds the packed lookup table; weights must not change afterwards.</summary>
    public LayerWeights Freeze()
    {
        packed = new PackedWeights(rows, weights);
        return this;
    }

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        if (packed is not null)
        {
            packed.Score(features, scores);
        }
        else
        {
            ScoreLive(features, scores);
        }

        scores[SpanTags.Begin] += Bias;
        scores[SpanTags.Inside] += Bias;
    }

    private void ScoreLive(ReadOnlySpan<uint> features, Span<float> scores)
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
    }
}
