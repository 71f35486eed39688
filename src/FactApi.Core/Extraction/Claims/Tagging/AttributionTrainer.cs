namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>
/// Averaged structured perceptron for the three layers. The source and content layers learn from the cues the
/// cue layer predicts at that moment (not the gold cues), so that they are trained on the cues they will see.
/// </summary>
internal sealed class AttributionTrainer
{
    private readonly LiveLayer[] layers = [new(), new(), new()];
    private readonly Dictionary<AttributionExample, uint[]> features = new(ReferenceEqualityComparer.Instance);
    private long step = 1;

    public int FeatureCount => layers.Sum(l => l.Rows.Count);

    /// <summary>One pass in random order; returns the token accuracy per layer.</summary>
    public double[] TrainEpoch(IReadOnlyList<AttributionExample> examples, Random random)
    {
        var correct = new long[3];
        long total = 0;
        foreach (var index in Enumerable.Range(0, examples.Count).OrderBy(_ => random.Next()).ToList())
        {
            var example = examples[index];
            var context = example.Context;
            var buffer = FeaturesOf(example);
            var cues = new byte[context.Count];
            foreach (var role in (ReadOnlySpan<AttributionRole>)[AttributionRole.Cue, AttributionRole.Source, AttributionRole.Content])
            {
                var layer = layers[(int)role];
                var guess = new byte[context.Count];
                var gold = example.Gold[(int)role];
                AttributionTagger.TagLayer(context, role, buffer, layer.View, guess, (first, last) =>
                {
                    layer.Learn(buffer, role, gold, guess, first, last, step);
                    step++;
                });
                correct[(int)role] += gold.Zip(guess).Count(p => p.First == p.Second);
                if (role == AttributionRole.Cue)
                {
                    cues = guess;
                    AttributionFeatures.ExtractRelative(context, cues, buffer);
                }
            }

            total += context.Count;
        }

        return [.. correct.Select(c => total == 0 ? 1.0 : (double)c / total)];
    }

    /// <summary>The example's feature buffer; its common features are computed once for every epoch.</summary>
    private uint[] FeaturesOf(AttributionExample example)
    {
        if (!features.TryGetValue(example, out var buffer))
        {
            buffer = new uint[example.Context.Count * AttributionFeatures.Stride];
            AttributionFeatures.ExtractCommon(example.Context, buffer);
            features[example] = buffer;
        }

        return buffer;
    }

    /// <summary>The averaged weights, without features whose weights all stay under <paramref name="prune"/>.</summary>
    public AttributionTagger Snapshot(float prune) => new([.. layers.Select(l => l.Averaged(step, prune))]);

    private sealed class LiveLayer
    {
        private float[] weights = new float[SpanTags.Count * 4096];
        private double[] totals = new double[SpanTags.Count * 4096];
        private readonly float[] transitions = new float[(LayerWeights.Start + 1) * SpanTags.Count];
        private readonly double[] transitionTotals = new double[(LayerWeights.Start + 1) * SpanTags.Count];

        public Dictionary<uint, int> Rows { get; } = [];

        public LayerWeights View() => new(Rows, weights, transitions);

        public void Learn(uint[] features, AttributionRole role, byte[] gold, byte[] guess, int first, int last, long step)
        {
            for (var i = first; i <= last; i++)
            {
                var (g, p) = (gold[i], guess[i]);
                var (gp, pp) = i == first ? (LayerWeights.Start, LayerWeights.Start) : (gold[i - 1], guess[i - 1]);
                if (g == p && gp == pp)
                {
                    continue;
                }

                Bump(transitions, transitionTotals, (gp * SpanTags.Count) + g, 1, step);
                Bump(transitions, transitionTotals, (pp * SpanTags.Count) + p, -1, step);
                if (g == p)
                {
                    continue;
                }

                foreach (var feature in AttributionFeatures.Of(features, i, role))
                {
                    var row = RowOf(feature);
                    Bump(weights, totals, (row * SpanTags.Count) + g, 1, step);
                    Bump(weights, totals, (row * SpanTags.Count) + p, -1, step);
                }
            }
        }

        public LayerWeights Averaged(long steps, float prune)
        {
            var averaged = new float[Rows.Count * SpanTags.Count];
            for (var at = 0; at < averaged.Length; at++)
            {
                averaged[at] = (float)(weights[at] - (totals[at] / steps));
            }

            var averagedTransitions = transitions.Select((w, k) => (float)(w - (transitionTotals[k] / steps))).ToArray();
            return new LayerWeights(Rows, averaged, averagedTransitions).Pruned(prune);
        }

        private int RowOf(uint feature)
        {
            if (!Rows.TryGetValue(feature, out var row))
            {
                row = Rows.Count;
                Rows.Add(feature, row);
                if ((row + 1) * SpanTags.Count > weights.Length)
                {
                    Array.Resize(ref weights, weights.Length * 2);
                    Array.Resize(ref totals, totals.Length * 2);
                }
            }

            return row;
        }

        private static void Bump(float[] values, double[] sums, int at, float delta, long step)
        {
            values[at] += delta;
            sums[at] += step * (double)delta;
        }
    }
}
