using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>
/// The learned attribution tagger: three BIO layers over an article's tokens, cues first, then sources and
/// contents placed relative to the cues found. Trained on PolNeAR by <c>factapi train attribution</c>; the
/// embedded model ships in FactApi.Core.
/// </summary>
internal sealed class AttributionTagger(IReadOnlyList<LayerWeights> layers)
{
    private const string EmbeddedName = "Claims.Resources.attribution-polnear.bin.gz";
    private static readonly Lazy<AttributionTagger?> Embedded = new(() =>
    {
        // Absent only while a first model is being trained: the rule-based finder then stands alone.
        if (!typeof(AttributionTagger).Assembly.GetManifestResourceNames().Any(n => n.EndsWith("." + EmbeddedName, StringComparison.Ordinal)))
        {
            return null;
        }

        using var stream = EmbeddedData.Open(EmbeddedName);
        return AttributionModelFile.Load(stream);
    });

    [ThreadStatic]
    private static uint[]? buffer;

    [ThreadStatic]
    private static float[]? scratch;

    private FusedWeights? fused;

    public static AttributionTagger? Default => Embedded.Value;

    public IReadOnlyList<LayerWeights> Layers => layers;

    public int FeatureCount => layers.Sum(l => l.Rows.Count);

    /// <summary>Tags per role (<see cref="AttributionRole"/> order), one per token of the context.</summary>
    public byte[][] Tag(AttributionContext context)
    {
        // One feature buffer per thread, grown when an article needs more: a fresh one per article cost more in
        // zeroing than the tagging. Every slot a layer reads is written for this article before it is read.
        var size = context.Count * AttributionFeatures.Stride;
        if (buffer is null || buffer.Length < size)
        {
            buffer = new uint[Math.Max(size, 1 << 16)];
        }

        // Weights are fixed once tagging starts (biases are not in the table); a race may build two equal tables, but every
        // caller uses the one published, and the other (native memory, freed by its finalizer) is never read.
        var weights = LazyInitializer.EnsureInitialized(ref fused, () => new FusedWeights(layers));
        var features = buffer;
        AttributionFeatures.ExtractCommon(context, features);

        // Scores of the three layers and, six a token, the common features' source and content sums that wait
        // for the relative features; like the feature buffer, every slot read is written first.
        const int Width = SpanTags.Count;
        var length = context.Count * Width;
        if (scratch is null || scratch.Length < length * 5)
        {
            scratch = new float[Math.Max(length * 5, 1 << 16)];
        }

        var cueScores = scratch.AsSpan(0, length);
        var sourceScores = scratch.AsSpan(length, length);
        var contentScores = scratch.AsSpan(length * 2, length);
        var partial = scratch.AsSpan(length * 3, length * 2);
        for (var i = 0; i < context.Count; i++)
        {
            weights.ScoreAll(AttributionFeatures.Of(features, i, AttributionRole.Cue), cueScores.Slice(i * Width, Width), partial.Slice(i * 2 * Width, 2 * Width));
        }

        var cueLayer = layers[(int)AttributionRole.Cue];
        AddBias(cueScores, cueLayer.Bias);
        var cues = new byte[context.Count];
        DecodeSentences(context, cueScores, cueLayer.Transitions, cues, active: null);

        var near = NearCues(context, cues);
        AttributionFeatures.ExtractRelative(context, cues, features, near);
        var (sourceBias, contentBias) = (layers[(int)AttributionRole.Source].Bias, layers[(int)AttributionRole.Content].Bias);
        for (var i = 0; i < context.Count; i++)
        {
            if (!near[context.SentenceOf[i]])
            {
                continue;
            }

            var sums = partial.Slice(i * 2 * Width, 2 * Width);
            weights.ScoreSourceContent(features.AsSpan((i * AttributionFeatures.Stride) + AttributionFeatures.Common, AttributionFeatures.Relative), sums);
            (sourceScores[i * Width], sourceScores[(i * Width) + 1], sourceScores[(i * Width) + 2]) = (sums[0], sums[1] + sourceBias, sums[2] + sourceBias);
            (contentScores[i * Width], contentScores[(i * Width) + 1], contentScores[(i * Width) + 2]) = (sums[3], sums[4] + contentBias, sums[5] + contentBias);
        }

        var result = new byte[3][];
        result[(int)AttributionRole.Cue] = cues;
        foreach (var (role, scores) in (ReadOnlySpan<(AttributionRole, int)>)[(AttributionRole.Source, length), (AttributionRole.Content, length * 2)])
        {
            result[(int)role] = new byte[context.Count];
            DecodeSentences(context, scratch.AsSpan(scores, length), layers[(int)role].Transitions, result[(int)role], near);
        }

        return result;
    }

    /// <summary>
    /// Decodes one layer sentence by sentence with <paramref name="weights"/> over features already extracted;
    /// <paramref name="learn"/> (the trainer's update) runs after each sentence, so that the next one is tagged with
    /// the corrected weights. <see cref="Tag"/> scores the same way from the fused table.
    /// </summary>
    public static void TagLayer(AttributionContext context, AttributionRole role, uint[] features, Func<LayerWeights> weights, Span<byte> output, Action<int, int>? learn = null, bool[]? active = null)
    {
        var scores = new float[context.Count * SpanTags.Count];
        foreach (var (first, last) in Sentences(context, active))
        {
            var current = weights();
            for (var i = first; i <= last; i++)
            {
                current.Score(AttributionFeatures.Of(features, i, role), scores.AsSpan(i * SpanTags.Count, SpanTags.Count));
            }

            Decode(scores, current.Transitions, output, first, last);
            learn?.Invoke(first, last);
        }
    }

    private static void DecodeSentences(AttributionContext context, ReadOnlySpan<float> scores, float[] transitions, Span<byte> output, bool[]? active)
    {
        foreach (var (first, last) in Sentences(context, active))
        {
            Decode(scores, transitions, output, first, last);
        }
    }

    /// <summary>The token ranges the layers decode one at a time: the <paramref name="active"/> sentences (all when null), or the whole text when it has none.</summary>
    private static IEnumerable<(int First, int Last)> Sentences(AttributionContext context, bool[]? active)
    {
        if (context.Sentences.Count == 0)
        {
            if (active is null || active[0])
            {
                yield return (0, context.Count - 1);
            }

            yield break;
        }

        for (var s = 0; s < context.Sentences.Count; s++)
        {
            if (active is null || active[s])
            {
                yield return context.Sentences[s];
            }
        }
    }

    private static void Decode(ReadOnlySpan<float> scores, float[] transitions, Span<byte> output, int first, int last) =>
        LayerDecoder.Decode(scores.Slice(first * SpanTags.Count, (last - first + 1) * SpanTags.Count), transitions, output[first..(last + 1)]);

    private static void AddBias(Span<float> scores, float bias)
    {
        for (var at = 0; at < scores.Length; at += SpanTags.Count)
        {
            scores[at + SpanTags.Begin] += bias;
            scores[at + SpanTags.Inside] += bias;
        }
    }

    /// <summary>
    /// Sentences with a cue in them or next to them: only there can a source or content be (a quotation runs into
    /// the sentence after its cue, or before it), so the other layers skip the rest, about half of an article.
    /// </summary>
    internal static bool[] NearCues(AttributionContext context, byte[] cues)
    {
        var has = AttributionFeatures.SentencesWithCue(context, cues);
        var count = has.Length;
        var near = new bool[count];
        for (var s = 0; s < count; s++)
        {
            near[s] = has[s] || (s > 0 && has[s - 1]) || (s + 1 < count && has[s + 1]);
        }

        return near;
    }

    /// <summary>The layer-by-layer mean of several runs' taggers (<see cref="LayerWeights.Average"/>).</summary>
    public static AttributionTagger Average(IReadOnlyList<AttributionTagger> taggers, float threshold) =>
        new([.. Enumerable.Range(0, 3).Select(l => LayerWeights.Average([.. taggers.Select(t => t.Layers[l])], threshold))]);

    /// <summary>A copy without the features whose weights all stay under <paramref name="threshold"/> (a smaller, faster model).</summary>
    public AttributionTagger Pruned(float threshold) => new([.. layers.Select(l => l.Pruned(threshold))]);

    public void Save(Stream stream) => AttributionModelFile.Save(this, stream);

    public static AttributionTagger Load(Stream stream) => AttributionModelFile.Load(stream);
}
