namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Trains the name tagger as an averaged structured perceptron (Collins 2002): decode each training
/// sentence with the current weights, and where the best sequence differs from the gold one move weight
/// from the guessed tags and tag pairs to the gold ones. The model keeps the average of the weights over
/// all steps, which generalises far better than the final weights. Document features use the tagger's
/// own earlier guesses, as at run time.
/// </summary>
/// <param name="titleRate">Share of training person names given an inserted title such as "Dr." (see <see cref="TitleAugmentation"/>).</param>
public sealed class NameTaggerTrainer(double titleRate = 0) : ITagScorer
{
    private readonly TitleAugmentation titles = new(titleRate);
    private readonly WeightTable tokenWeights = new(TagScores.Tags, TagScores.Token(0));
    private readonly WeightTable transitionWeights = new(TagScores.Tags * TagScores.Tags, TagScores.Transition(0, 0));
    private long steps = 1;
    private Vocabulary? vocabulary;

    /// <summary>Number of distinct features updated so far.</summary>
    public int FeatureCount => tokenWeights.Count + transitionWeights.Count;

    /// <summary>Runs one pass over <paramref name="documents"/> (each a list of sentences) in random order; returns the token accuracy of the pass.</summary>
    public double TrainEpoch(IReadOnlyList<IReadOnlyList<LabelledSentence>> documents, Random random)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(random);
        vocabulary ??= Vocabulary.FromTokens(documents.SelectMany(d => d).SelectMany(s => s.Tokens));
        var order = Enumerable.Range(0, documents.Count).ToArray();
        random.Shuffle(order);
        long correct = 0, seen = 0;
        foreach (var d in order)
        {
            var document = titles.Apply(documents[d], random);
            var (tokens, sentences) = NameInput.FromSentences([.. document.Select(s => s.Tokens)]);
            var gold = new byte[tokens.Length];
            var predicted = new byte[tokens.Length];
            var s = 0;
            foreach (var sentence in document)
            {
                BiluoTags.Encode(sentence.Names, gold.AsSpan(sentences[s++].Start, sentence.Tokens.Count));
            }

            ViterbiDecoder.Decode(tokens, sentences, this, predicted, gold, (features, goldTags, guess) =>
            {
                for (var i = 0; i < goldTags.Length; i++)
                {
                    if (goldTags[i] == guess[i])
                    {
                        correct++;
                    }
                    else
                    {
                        tokenWeights.Update(features.Token(i), TagScores.Token(goldTags[i]), 1f, steps);
                        tokenWeights.Update(features.Token(i), TagScores.Token(guess[i]), -1f, steps);
                    }

                    int goldBefore = i > 0 ? goldTags[i - 1] : BiluoTags.Outside, guessBefore = i > 0 ? guess[i - 1] : BiluoTags.Outside;
                    if (goldTags[i] != guess[i] || goldBefore != guessBefore)
                    {
                        transitionWeights.Update(features.Transition(i), (goldBefore * TagScores.Tags) + goldTags[i], 1f, steps);
                        transitionWeights.Update(features.Transition(i), (guessBefore * TagScores.Tags) + guess[i], -1f, steps);
                    }
                }

                seen += goldTags.Length;
                steps++;
            });
        }

        return seen == 0 ? 0 : (double)correct / seen;
    }

    /// <summary>A tagger with the current averaged weights, less those smaller than <paramref name="threshold"/> in magnitude.</summary>
    public NameTagger Snapshot(float threshold) =>
        new(NameModel.FromDense(tokenWeights.Averaged(steps).Concat(transitionWeights.Averaged(steps)), threshold, ((ITagScorer)this).Vocabulary));

    Vocabulary ITagScorer.Vocabulary => vocabulary ?? throw new InvalidOperationException("Train at least one epoch first.");

    void ITagScorer.Score(ReadOnlySpan<uint> tokenFeatures, ReadOnlySpan<uint> transitionFeatures, in WordKey word, Span<float> scores)
    {
        tokenWeights.AddTo(tokenFeatures, scores);
        transitionWeights.AddTo(transitionFeatures, scores);
    }
}
