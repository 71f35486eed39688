namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// The trainer's growing weights for one kind of feature: a dense row of <see cref="Width"/> weights per
/// feature seen in an update, plus the running sums for averaging (Daumé's trick: the average is
/// <c>weight - total / steps</c>, so no per-step bookkeeping is needed).
/// </summary>
internal sealed class WeightTable(int width, int offset)
{
    private readonly Dictionary<uint, int> rows = [];
    private float[] weights = new float[width * 1024];
    private double[] totals = new double[width * 1024];

    public int Width => width;

    public int Count => rows.Count;

    /// <summary>Adds the current weights of <paramref name="features"/> into <paramref name="scores"/> at this table's offset.</summary>
    public void AddTo(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var target = scores.Slice(offset, width);
        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var row))
            {
                var source = weights.AsSpan(row * width, width);
                for (var k = 0; k < width; k++)
                {
                    target[k] += source[k];
                }
            }
        }
    }

    public void Update(ReadOnlySpan<uint> features, int index, float delta, long step)
    {
        foreach (var feature in features)
        {
            if (!rows.TryGetValue(feature, out var row))
            {
                row = rows.Count;
                rows.Add(feature, row);
                if ((row + 1) * width > weights.Length)
                {
                    Array.Resize(ref weights, weights.Length * 2);
                    Array.Resize(ref totals, totals.Length * 2);
                }
            }

            var at = (row * width) + index;
            weights[at] += delta;
            totals[at] += step * (double)delta;
        }
    }

    /// <summary>The averaged rows, for building a model.</summary>
    public IEnumerable<(uint Key, int Offset, float[] Weights)> Averaged(long steps)
    {
        foreach (var (key, row) in rows)
        {
            var averaged = new float[width];
            for (var k = 0; k < width; k++)
            {
                var at = (row * width) + k;
                averaged[k] = (float)(weights[at] - (totals[at] / steps));
            }

            yield return (key, offset, averaged);
        }
    }
}
