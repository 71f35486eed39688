namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Tags a document sentence by sentence with first-order Viterbi decoding over BILOU tags: the best
/// valid tag sequence under token and (previous tag, tag) scores. Unlike greedy decoding it can revise an
/// early guess ("Hale" as a person) once a later word ("Hale Pharmaceuticals Inc") says otherwise.
/// Sentences are tagged in order so that later ones can use the document's earlier decisions.
/// </summary>
internal static class ViterbiDecoder
{
    private const int Tags = TagScores.Tags;

    // Allowed[isLast, previous, tag].
    private static readonly bool[] Allowed = BuildAllowed();

    // Predecessors[isLast * Tags + tag]: the previous tags allowed before tag, ascending.
    private static readonly byte[][] Predecessors = BuildPredecessors();

    /// <summary>Called after each sentence during training with its features, gold tags and guess.</summary>
    public delegate void Learn(SentenceFeatures features, ReadOnlySpan<byte> gold, ReadOnlySpan<byte> guess);

    public static void Decode(
        ReadOnlySpan<TokenInfo> tokens, IReadOnlyList<(int Start, int Count)> sentences, ITagScorer scorer,
        Span<byte> tags, ReadOnlySpan<byte> gold = default, Learn? learn = null)
    {
        var document = new DocumentContext(tokens, sentences, scorer.Vocabulary);
        var longest = sentences.Count == 0 ? 0 : sentences.Max(s => s.Count);
        var (features, scores, best, back) = Buffers.For(longest);
        foreach (var (start, count) in sentences)
        {
            if (count == 0)
            {
                continue;
            }

            var sentence = tokens.Slice(start, count);
            var upper = DocumentContext.IsUpperCaseSentence(sentence);
            features.Reset();
            Array.Clear(scores, 0, count * TagScores.Width);
            var runStart = 0;
            for (var i = 0; i < count; i++)
            {
                if (!sentence[i].IsCapitalised)
                {
                    runStart = i + 1;
                }

                var run = sentence[i].IsCapitalised ? (runStart, RunEnd(sentence, i)) : (i, i);
                features.Grow();
                var (n, m) = NameFeatures.Extract(sentence, i, run, upper, document, features.NextToken, features.NextTransition);
                features.Commit(n, m);
                var word = new WordKey(sentence[i].Word, sentence[i].Lower, upper, NameFeatures.WordFeatureCount(sentence[i]));
                scorer.Score(features.Token(i), features.Transition(i), word, scores.AsSpan(i * TagScores.Width, TagScores.Width));
            }

            var output = tags.Slice(start, count);
            Viterbi(scores, count, best, back, output);
            learn?.Invoke(features, gold.Slice(start, count), output);
            for (var i = 0; i < count; i++)
            {
                document.Remember(sentence[i], output[i]);
            }
        }
    }

    /// <summary>
    /// Working arrays kept per thread between documents: the scores of a long sentence are a large-object-heap
    /// allocation, which a fresh array per document would pay for in full garbage collections.
    /// </summary>
    private static class Buffers
    {
        [ThreadStatic]
        private static SentenceFeatures? features;

        [ThreadStatic]
        private static float[]? scores;

        [ThreadStatic]
        private static float[]? best;

        [ThreadStatic]
        private static byte[]? back;

        public static (SentenceFeatures Features, float[] Scores, float[] Best, byte[] Back) For(int tokens)
        {
            features ??= new SentenceFeatures();
            if (scores is null || scores.Length < tokens * TagScores.Width)
            {
                var capacity = Math.Max(tokens, 64);
                scores = new float[capacity * TagScores.Width];
                best = new float[capacity * Tags];
                back = new byte[capacity * Tags];
            }

            return (features, scores, best!, back!);
        }
    }

    private static int RunEnd(ReadOnlySpan<TokenInfo> sentence, int i)
    {
        while (i < sentence.Length && sentence[i].IsCapitalised)
        {
            i++;
        }

        return i;
    }

    private static void Viterbi(float[] scores, int count, float[] best, byte[] back, Span<byte> output)
    {
        for (var i = 0; i < count; i++)
        {
            var row = i * TagScores.Width;
            var allowed = (i == count - 1 ? 1 : 0) * Tags * Tags;
            for (var tag = 0; tag < Tags; tag++)
            {
                var top = float.NegativeInfinity;
                var from = 0;
                if (i == 0)
                {
                    if (Allowed[allowed + tag])
                    {
                        top = scores[row + TagScores.Transition(BiluoTags.Outside, tag)];
                    }
                }
                else
                {
                    // Only the tags allowed before this one (97 of the 289 pairs), in ascending order as a full scan would meet them.
                    foreach (var previous in Predecessors[(allowed / Tags) + tag])
                    {
                        var before = best[((i - 1) * Tags) + previous];
                        if (before == float.NegativeInfinity)
                        {
                            continue;
                        }

                        var value = before + scores[row + TagScores.Transition(previous, tag)];
                        if (value > top)
                        {
                            top = value;
                            from = previous;
                        }
                    }
                }

                best[(i * Tags) + tag] = top + scores[row + TagScores.Token(tag)];
                back[(i * Tags) + tag] = (byte)from;
            }
        }

        var last = 0;
        for (var tag = 1; tag < Tags; tag++)
        {
            if (best[((count - 1) * Tags) + tag] > best[((count - 1) * Tags) + last])
            {
                last = tag;
            }
        }

        for (var i = count - 1; i >= 0; i--)
        {
            output[i] = (byte)last;
            last = back[(i * Tags) + last];
        }
    }

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[2 * Tags * Tags];
        for (var isLast = 0; isLast < 2; isLast++)
        {
            for (var previous = 0; previous < Tags; previous++)
            {
                for (var tag = 0; tag < Tags; tag++)
                {
                    allowed[(isLast * Tags * Tags) + (previous * Tags) + tag] = BiluoTags.Allowed(previous, tag, isLast == 1);
                }
            }
        }

        return allowed;
    }

    private static byte[][] BuildPredecessors()
    {
        var lists = new byte[2 * Tags][];
        for (var isLast = 0; isLast < 2; isLast++)
        {
            for (var tag = 0; tag < Tags; tag++)
            {
                lists[(isLast * Tags) + tag] = [.. Enumerable.Range(0, Tags)
                    .Where(previous => BiluoTags.Allowed(previous, tag, isLast == 1))
                    .Select(previous => (byte)previous)];
            }
        }

        return lists;
    }
}
