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
    private static List<uint>? buffer;

    public static AttributionTagger? Default => Embedded.Value;

    public IReadOnlyList<LayerWeights> Layers => layers;

    public int FeatureCount => layers.Sum(l => l.Rows.Count);

    /// <summary>Tags per role (<see cref="AttributionRole"/> order), one per token of the context.</summary>
    public byte[][] Tag(AttributionContext context)
    {
        // One feature buffer per thread, grown once: a fresh one per article cost more in zeroing than the tagging.
        var features = buffer ??= new List<uint>(1 << 16);
        var offsets = new int[context.Count + 1];
        var cues = new byte[context.Count];
        TagLayer(context, AttributionRole.Cue, cues, () => layers[(int)AttributionRole.Cue], features, offsets, cues);
        var near = NearCues(context, cues);
        var result = new byte[3][];
        result[(int)AttributionRole.Cue] = cues;
        foreach (var role in (ReadOnlySpan<AttributionRole>)[AttributionRole.Source, AttributionRole.Content])
        {
            var tags = new byte[context.Count];
            var layer = layers[(int)role];
            TagLayer(context, role, cues, () => layer, features, offsets, tags, active: near);
            result[(int)role] = tags;
        }

        return result;
    }

    /// <summary>
    /// Decodes one layer sentence by sentence with <paramref name="weights"/>; <paramref name="learn"/> (the
    /// trainer's update) runs after each sentence, so that the next one is tagged with the corrected weights.
    /// </summary>
    public static void TagLayer(AttributionContext context, AttributionRole role, ReadOnlySpan<byte> cues, Func<LayerWeights> weights, List<uint> features, int[] offsets, Span<byte> output, Action<int, int>? learn = null, bool[]? active = null)
    {
        AttributionFeatures.Extract(context, role, cues, features, offsets, active);
        var scores = new float[context.Count * SpanTags.Count];
        var sentence = -1;
        foreach (var (first, last) in context.Sentences.Count == 0 ? [(0, context.Count - 1)] : context.Sentences)
        {
            if (active is not null && !active[++sentence])
            {
                continue;
            }

            var current = weights();
            var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features);
            for (var i = first; i <= last; i++)
            {
                current.Score(all[offsets[i]..offsets[i + 1]], scores.AsSpan(i * SpanTags.Count, SpanTags.Count));
            }

            LayerDecoder.Decode(scores.AsSpan(first * SpanTags.Count, (last - first + 1) * SpanTags.Count), current.Transitions, output[first..(last + 1)]);
            learn?.Invoke(first, last);
        }
    }

    /// <summary>
    /// Sentences with a cue in them or next to them: only there can a source or content be (a quotation runs into
    /// the sentence after its cue, or before it), so the other layers skip the rest, about half of an article.
    /// </summary>
    private static bool[] NearCues(AttributionContext context, byte[] cues)
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

    public void Save(Stream stream) => AttributionModelFile.Save(this, stream);

    public static AttributionTagger Load(Stream stream) => AttributionModelFile.Load(stream);
}
