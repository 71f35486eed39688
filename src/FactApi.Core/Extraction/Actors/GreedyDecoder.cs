namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Tags a document left to right, one token at a time, taking the best tag allowed after the previous
/// one. Greedy decoding with rich history features is nearly as accurate as Viterbi for names and much
/// faster. Training runs the same loop and learns from each wrong guess (see <see cref="NameTaggerTrainer"/>).
/// </summary>
internal static class GreedyDecoder
{
    /// <summary>Called after each token during training with its features, gold tag and guess.</summary>
    public delegate void Learn(ReadOnlySpan<uint> features, int gold, int guess);

    public static void Decode(
        ReadOnlySpan<TokenInfo> tokens, IReadOnlyList<(int Start, int Count)> sentences, ITagScorer scorer,
        Span<byte> tags, ReadOnlySpan<byte> gold = default, Learn? learn = null)
    {
        var document = new DocumentContext(tokens, sentences);
        Span<uint> features = stackalloc uint[NameFeatures.MaxCount];
        Span<float> scores = stackalloc float[BiluoTags.Count];
        foreach (var (start, count) in sentences)
        {
            var sentence = tokens.Slice(start, count);
            var upper = DocumentContext.IsUpperCaseSentence(sentence);
            int previous = BiluoTags.Outside, beforeThat = BiluoTags.Outside;
            for (var i = 0; i < count; i++)
            {
                var n = NameFeatures.Extract(sentence, i, previous, beforeThat, upper, document, features);
                scores.Clear();
                scorer.Score(features[..n], scores);
                var guess = Best(scores, previous, i == count - 1);
                learn?.Invoke(features[..n], gold[start + i], guess);
                tags[start + i] = (byte)guess;
                document.Remember(sentence[i], guess);
                beforeThat = previous;
                previous = guess;
            }
        }
    }

    private static int Best(ReadOnlySpan<float> scores, int previous, bool isLast)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var tag = 0; tag < scores.Length; tag++)
        {
            if (scores[tag] > bestScore && BiluoTags.Allowed(previous, tag, isLast))
            {
                best = tag;
                bestScore = scores[tag];
            }
        }

        return best;
    }
}
