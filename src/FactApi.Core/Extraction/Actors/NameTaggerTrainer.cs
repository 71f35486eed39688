namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Trains the name tagger as an averaged perceptron (Collins 2002): decode each training document
/// greedily with the current weights, and on every wrong tag move weight from the guessed tag to the
/// gold one. The model keeps the average of the weights over all steps, which generalises far better
/// than the final weights. Decoding uses the tagger's own earlier guesses as history, as at run time.
/// </summary>
public sealed class NameTaggerTrainer : ITagScorer
{
    private readonly Dictionary<uint, int> rows = [];
    private float[] weights = new float[BiluoTags.Count * 1024];

    // Sum of (step x update) for the averaging trick: average = weights - totals / steps.
    private double[] totals = new double[BiluoTags.Count * 1024];
    private long steps = 1;

    /// <summary>Number of distinct features updated so far.</summary>
    public int FeatureCount => rows.Count;

    /// <summary>Runs one pass over <paramref name="documents"/> (each a list of sentences) in random order; returns the token accuracy of the pass.</summary>
    public double TrainEpoch(IReadOnlyList<IReadOnlyList<LabelledSentence>> documents, Random random)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(random);
        var order = Enumerable.Range(0, documents.Count).ToArray();
        random.Shuffle(order);
        long correct = 0, seen = 0;
        foreach (var d in order)
        {
            var (tokens, sentences) = NameInput.FromSentences(documents[d].Select(s => s.Tokens).ToList());
            var gold = new byte[tokens.Length];
            var predicted = new byte[tokens.Length];
            var s = 0;
            foreach (var sentence in documents[d])
            {
                BiluoTags.Encode(sentence.Names, gold.AsSpan(sentences[s++].Start, sentence.Tokens.Count));
            }

            GreedyDecoder.Decode(tokens, sentences, this, predicted, gold, (features, goldTag, guess) =>
            {
                if (goldTag != guess)
                {
                    Update(features, goldTag, 1f);
                    Update(features, guess, -1f);
                }
                else
                {
                    correct++;
                }

                seen++;
                steps++;
            });
        }

        return seen == 0 ? 0 : (double)correct / seen;
    }

    /// <summary>The averaged model, without weights smaller than <paramref name="threshold"/> in magnitude.</summary>
    internal NameModel Build(float threshold)
    {
        var dense = rows.Select(pair =>
        {
            var row = new float[BiluoTags.Count];
            for (var tag = 0; tag < row.Length; tag++)
            {
                var at = (pair.Value * BiluoTags.Count) + tag;
                row[tag] = (float)(weights[at] - (totals[at] / steps));
            }

            return (pair.Key, row);
        });
        return NameModel.FromDense(dense, threshold);
    }

    /// <summary>Builds the averaged model and writes it (gzip'd) to <paramref name="stream"/>; returns the number of features kept.</summary>
    public int Save(Stream stream, float threshold)
    {
        var model = Build(threshold);
        model.Save(stream);
        return model.FeatureCount;
    }

    /// <summary>A tagger that uses the current averaged weights, for scoring a development set between epochs.</summary>
    public NameTagger Snapshot(float threshold) => new(Build(threshold));

    void ITagScorer.Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var row))
            {
                var at = row * BiluoTags.Count;
                for (var tag = 0; tag < BiluoTags.Count; tag++)
                {
                    scores[tag] += weights[at + tag];
                }
            }
        }
    }

    private void Update(ReadOnlySpan<uint> features, int tag, float delta)
    {
        foreach (var feature in features)
        {
            if (!rows.TryGetValue(feature, out var row))
            {
                row = rows.Count;
                rows.Add(feature, row);
                if ((row + 1) * BiluoTags.Count > weights.Length)
                {
                    Array.Resize(ref weights, weights.Length * 2);
                    Array.Resize(ref totals, totals.Length * 2);
                }
            }

            var at = (row * BiluoTags.Count) + tag;
            weights[at] += delta;
            totals[at] += steps * (double)delta;
        }
    }
}
