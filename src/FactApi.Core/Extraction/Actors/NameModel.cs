namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// The trained weights: for each feature id, a short list of (tag, weight) pairs, in an open-addressing
/// hash table so that scoring a token is a few array reads per feature. Weights are 16-bit integers times
/// one scale (see <see cref="NameModelFile"/> for the file).
/// </summary>
internal sealed class NameModel : ITagScorer
{
    private readonly uint[] keys;
    private readonly int[] starts;
    private readonly ushort[] counts;
    private readonly ushort[] entryIndexes;
    private readonly float[] entryWeights;
    private readonly int shift;
    private readonly float scale;

    /// <summary>A model from quantised rows (see <see cref="QuantisedRows"/>).</summary>
    public NameModel(IReadOnlyList<(uint Key, ushort[] Indexes, short[] Weights)> rows, float scale, Vocabulary vocabulary)
    {
        this.scale = scale;
        Vocabulary = vocabulary;
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, rows.Count) * 2.0)));
        shift = 32 - bits;
        keys = new uint[1 << bits];
        starts = new int[keys.Length];
        counts = new ushort[keys.Length];
        var total = rows.Sum(r => r.Indexes.Length);
        entryIndexes = new ushort[total];
        entryWeights = new float[total];
        var next = 0;
        foreach (var (key, indexes, weights) in rows)
        {
            var slot = Slot(key);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & (keys.Length - 1);
            }

            keys[slot] = key;
            starts[slot] = next;
            counts[slot] = (ushort)indexes.Length;
            for (var k = 0; k < indexes.Length; k++)
            {
                entryIndexes[next] = indexes[k];
                entryWeights[next++] = weights[k] * scale;
            }
        }

        FeatureCount = rows.Count;
    }

    public Vocabulary Vocabulary { get; }

    /// <summary>The weight of one unit of a stored 16-bit weight.</summary>
    public float Scale => scale;

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount { get; }

    /// <summary>
    /// Builds a model from dense weight rows (row k scores index <c>Offset + k</c> of <see cref="TagScores"/>),
    /// dropping weights smaller than <paramref name="threshold"/> in magnitude.
    /// </summary>
    public static NameModel FromDense(IEnumerable<(uint Key, int Offset, float[] Weights)> dense, float threshold, Vocabulary vocabulary)
    {
        var kept = dense.ToList();
        var max = kept.SelectMany(d => d.Weights).Select(Math.Abs).DefaultIfEmpty(1f).Max();
        var scale = max / short.MaxValue;
        var rows = new List<(uint, ushort[], short[])>();
        foreach (var (key, offset, weights) in kept)
        {
            var tags = new List<ushort>();
            var values = new List<short>();
            for (var tag = 0; tag < weights.Length; tag++)
            {
                if (Math.Abs(weights[tag]) >= threshold && Math.Round(weights[tag] / scale) is var q && q != 0)
                {
                    tags.Add((ushort)(offset + tag));
                    values.Add((short)q);
                }
            }

            if (tags.Count > 0)
            {
                rows.Add((key, [.. tags], [.. values]));
            }
        }

        return new NameModel(rows, scale, vocabulary);
    }

    public void Score(ReadOnlySpan<uint> tokenFeatures, ReadOnlySpan<uint> transitionFeatures, Span<float> scores)
    {
        Add(tokenFeatures, scores);
        Add(transitionFeatures, scores);
    }

    private void Add(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var mask = keys.Length - 1;
        foreach (var feature in features)
        {
            var slot = Slot(feature);
            uint key;
            while ((key = keys[slot]) != feature && key != 0)
            {
                slot = (slot + 1) & mask;
            }

            if (key == 0)
            {
                continue;
            }

            var start = starts[slot];
            var end = start + counts[slot];
            for (var e = start; e < end; e++)
            {
                scores[entryIndexes[e]] += entryWeights[e];
            }
        }
    }

    /// <summary>The stored rows: feature id, score indexes and their 16-bit weights (times <see cref="Scale"/>).</summary>
    public IEnumerable<(uint Key, ushort[] Indexes, short[] Weights)> QuantisedRows()
    {
        for (var slot = 0; slot < keys.Length; slot++)
        {
            if (keys[slot] == 0)
            {
                continue;
            }

            var indexes = entryIndexes.AsSpan(starts[slot], counts[slot]).ToArray();
            var weights = new short[indexes.Length];
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] = (short)Math.Round(entryWeights[starts[slot] + k] / scale);
            }

            yield return (keys[slot], indexes, weights);
        }
    }

    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> shift);
}
