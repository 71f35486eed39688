using FactApi.Core.Extraction.Actors;

namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>
/// Feature ids of each token, in a buffer of <see cref="Stride"/> slots a token. Every layer sees the word, its
/// neighbours, shape, lexicon class, part-of-speech class, WordNet field, name label, quotation state and the
/// rule-based finder's tags; the source and content layers also see where the nearest cue is. Ids do not name the layer: each layer has its own weights.
/// </summary>
internal static class AttributionFeatures
{
    /// <summary>Changes whenever a template changes; a model from other templates is refused.</summary>
    public const int Version = 5;

    /// <summary>Features every layer sees: the token and its surroundings, independent of the cues.</summary>
    public const int Common = 41;

    /// <summary>Features placing the token relative to the predicted cues, seen by the source and content layers.</summary>
    public const int Relative = 24;

    /// <summary>Slots per token in a feature buffer: token i owns [i * Stride, (i + 1) * Stride).</summary>
    public const int Stride = Common + Relative;

    private static readonly ulong That = AttributionContext.LowerHash("that");

    /// <summary>The features <paramref name="role"/>'s layer scores token <paramref name="i"/> with.</summary>
    public static ReadOnlySpan<uint> Of(ReadOnlySpan<uint> features, int i, AttributionRole role) =>
        features.Slice(i * Stride, role == AttributionRole.Cue ? Common : Stride);

    /// <summary>
    /// Fills the common slots of every token. They do not depend on the layer (each layer has its own weights) nor
    /// on the cues, so one computation serves all three layers and, in training, every epoch.
    /// </summary>
    public static void ExtractCommon(AttributionContext context, Span<uint> features)
    {
        // The nearest person, organisation or pronoun to the left in the sentence: a cue needs someone to speak.
        var subject = -1;
        for (var i = 0; i < context.Count; i++)
        {
            if (i > 0 && context.SentenceOf[i] != context.SentenceOf[i - 1])
            {
                subject = -1;
            }

            var f = features.Slice(i * Stride, Common);
            var t = 0;
            var w = context.Word[i];
            var sentence = context.SentenceAround(i);
            var position = i - sentence.Item1;
            f[t] = FeatureHash.Of(t++, 0);
            f[t] = FeatureHash.Of(t++, w);
            f[t] = FeatureHash.Of(t++, Word(context, i - 1));
            f[t] = FeatureHash.Of(t++, Word(context, i + 1));
            f[t] = FeatureHash.Of(t++, Word(context, i - 2));
            f[t] = FeatureHash.Of(t++, Word(context, i + 2));
            f[t] = FeatureHash.Of(t++, Word(context, i - 1), w);
            f[t] = FeatureHash.Of(t++, w, Word(context, i + 1));
            f[t] = FeatureHash.Of(t++, context.Shape[i]);
            f[t] = FeatureHash.Of(t++, context.Suffix[i]);
            f[t] = FeatureHash.Of(t++, context.Class[i], Class(context, i - 1));
            f[t] = FeatureHash.Of(t++, context.Class[i], Class(context, i + 1));
            f[t] = FeatureHash.Of(t++, context.Entity[i]);
            f[t] = FeatureHash.Of(t++, Entity(context, i - 1), context.Entity[i]);
            f[t] = FeatureHash.Of(t++, context.Entity[i], Entity(context, i + 1));
            f[t] = FeatureHash.Of(t++, context.InQuote[i] ? 1UL : 0UL, w);
            f[t] = FeatureHash.Of(t++, context.InQuote[i] ? 1UL : 0UL, context.Class[i]);
            f[t] = FeatureHash.Of(t++, (ulong)Math.Min(position, 4));
            f[t] = FeatureHash.Of(t++, i == sentence.Item2 ? 1UL : 0UL);
            f[t] = FeatureHash.Of(t++, context.ParagraphStart[i] ? 1UL : 0UL, w);
            var wordClass = context.WordClass[i];
            f[t] = FeatureHash.Of(t++, wordClass);
            f[t] = FeatureHash.Of(t++, WordClass(context, i - 1), wordClass);
            f[t] = FeatureHash.Of(t++, wordClass, WordClass(context, i + 1));
            f[t] = FeatureHash.Of(t++, wordClass, Word(context, i + 1));
            f[t] = FeatureHash.Of(t++, i > 0 ? context.Shape[i - 1] : 1UL, w);
            f[t] = FeatureHash.Of(t++, w, WordClass(context, i - 1));
            f[t] = FeatureHash.Of(t++, w, WordClass(context, i + 1));
            f[t] = FeatureHash.Of(t++, wordClass, subject < 0 ? 0UL : Bucket(i - subject));
            var sense = context.Sense[i];
            f[t] = FeatureHash.Of(t++, WordSenses.Field(sense));
            f[t] = FeatureHash.Of(t++, WordSenses.Field(sense), wordClass);
            f[t] = FeatureHash.Of(t++, WordSenses.Speech(sense), wordClass);
            f[t] = FeatureHash.Of(t++, Field(context, i - 1), WordSenses.Field(sense));
            for (var r = 0; r < 3; r++)
            {
                var rule = context.Rules[r];
                f[t] = FeatureHash.Of(t++, rule[i]);
                f[t] = FeatureHash.Of(t++, rule[i], Rule(rule, i - 1));
                f[t] = FeatureHash.Of(t++, rule[i], Rule(rule, i + 1));
            }

            System.Diagnostics.Debug.Assert(t == Common, "Common must count the templates above");
            if (context.Entity[i] is 1 or 2 || context.Class[i] == 3)
            {
                subject = i;
            }
        }
    }

    /// <summary>
    /// Fills the relative slots of the tokens of <paramref name="active"/> sentences (all when null): where the
    /// nearest cue is (side, distance, a comma, quotation mark or "that" in between), which is what tells a speaker
    /// from a content. Source and content layers share them.
    /// </summary>
    public static void ExtractRelative(AttributionContext context, ReadOnlySpan<byte> cues, Span<uint> features, bool[]? active = null)
    {
        var (left, right) = NearestCues(context, cues);
        var sentenceHasCue = SentencesWithCue(context, cues);
        for (var i = 0; i < context.Count; i++)
        {
            if (active is not null && !active[context.SentenceOf[i]])
            {
                continue;
            }

            var f = features.Slice((i * Stride) + Common, Relative);
            var t = Common;
            var w = context.Word[i];
            var k = 0;
            f[k++] = FeatureHash.Of(t++, cues[i]);
            var (l, r) = (left[i], right[i]);
            var dl = l < 0 ? 0UL : Bucket(i - l);
            var dr = r < 0 ? 0UL : Bucket(r - i);
            var quoted = context.InQuote[i] ? 1UL : 0UL;
            f[k++] = FeatureHash.Of(t++, dl);
            f[k++] = FeatureHash.Of(t++, dr);
            f[k++] = FeatureHash.Of(t++, dl, dr);
            f[k++] = FeatureHash.Of(t++, dl, w);
            f[k++] = FeatureHash.Of(t++, dr, w);
            f[k++] = FeatureHash.Of(t++, dl, l < 0 ? 0 : context.Word[l]);
            f[k++] = FeatureHash.Of(t++, dr, r < 0 ? 0 : context.Word[r]);
            f[k++] = FeatureHash.Of(t++, dl, l >= 0 && context.CommasBefore[i] > context.CommasBefore[l + 1] ? 1UL : 0UL);
            f[k++] = FeatureHash.Of(t++, dr, r >= 0 && context.CommasBefore[r] > context.CommasBefore[i + 1] ? 1UL : 0UL);
            f[k++] = FeatureHash.Of(t++, dl, l >= 0 && context.QuotesBefore[i] > context.QuotesBefore[l + 1] ? 1UL : 0UL);
            f[k++] = FeatureHash.Of(t++, dr, r >= 0 && context.QuotesBefore[r] > context.QuotesBefore[i + 1] ? 1UL : 0UL);
            f[k++] = FeatureHash.Of(t++, dl, l >= 0 && ThatBetween(context, l, i) ? 1UL : 0UL);
            f[k++] = FeatureHash.Of(t++, dl, context.Entity[i]);
            f[k++] = FeatureHash.Of(t++, dr, context.Entity[i]);
            f[k++] = FeatureHash.Of(t++, dl, quoted);
            f[k++] = FeatureHash.Of(t++, dr, quoted);
            var s = context.SentenceOf[i];
            var (before, at, after) = (SentenceCue(sentenceHasCue, s - 1), SentenceCue(sentenceHasCue, s), SentenceCue(sentenceHasCue, s + 1));
            f[k++] = FeatureHash.Of(t++, before, (at * 2) + after);
            f[k++] = FeatureHash.Of(t++, quoted, (before * 4) + (at * 2) + after);
            f[k++] = FeatureHash.Of(t++, cues[i], w);
            f[k++] = FeatureHash.Of(t++, dl, context.WordClass[i]);
            f[k++] = FeatureHash.Of(t++, dr, context.WordClass[i]);
            f[k++] = FeatureHash.Of(t++, dl, WordSenses.Field(context.Sense[i]));
            f[k++] = FeatureHash.Of(t++, dr, WordSenses.Field(context.Sense[i]));
            System.Diagnostics.Debug.Assert(k == Relative, "Relative must count the templates above");
        }
    }

    private static ulong Word(AttributionContext context, int i) => i < 0 ? 1 : i >= context.Count ? 2 : context.Word[i];

    private static ulong WordClass(AttributionContext context, int i) => i < 0 ? 1 : i >= context.Count ? 2 : context.WordClass[i];

    private static ulong Field(AttributionContext context, int i) => i < 0 ? 0x1000 : i >= context.Count ? 0x2000 : WordSenses.Field(context.Sense[i]);

    private static ulong Class(AttributionContext context, int i) => i < 0 || i >= context.Count ? 9UL : context.Class[i];

    private static ulong Entity(AttributionContext context, int i) => i < 0 || i >= context.Count ? 9UL : context.Entity[i];

    private static ulong Rule(byte[] tags, int i) => i < 0 || i >= tags.Length ? 9UL : tags[i];

    private static ulong SentenceCue(bool[] sentences, int s) => s >= 0 && s < sentences.Length && sentences[s] ? 1UL : 0UL;

    /// <summary>1, 2, 3, 4-5, 6-8, 9-13, 14-21, 22+ tokens away (0 means no cue on that side).</summary>
    private static ulong Bucket(int distance) => distance switch
    {
        <= 0 => 10,
        <= 3 => (ulong)distance,
        <= 5 => 4,
        <= 8 => 5,
        <= 13 => 6,
        <= 21 => 7,
        _ => 8,
    };

    private static bool ThatBetween(AttributionContext context, int from, int to)
    {
        for (var k = from + 1; k < to && k - from <= 8; k++)
        {
            if (context.Word[k] == That)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For each token, the last cue token before it and the first after it in its sentence (-1 when none).</summary>
    private static (int[] Left, int[] Right) NearestCues(AttributionContext context, ReadOnlySpan<byte> cues)
    {
        var left = new int[context.Count];
        var right = new int[context.Count];
        var last = -1;
        var sentence = -1;
        for (var i = 0; i < context.Count; i++)
        {
            if (context.SentenceOf[i] != sentence)
            {
                sentence = context.SentenceOf[i];
                last = -1;
            }

            left[i] = cues[i] != SpanTags.Outside ? -1 : last;
            if (cues[i] != SpanTags.Outside)
            {
                last = i;
            }
        }

        var next = -1;
        sentence = -1;
        for (var i = context.Count - 1; i >= 0; i--)
        {
            if (context.SentenceOf[i] != sentence)
            {
                sentence = context.SentenceOf[i];
                next = -1;
            }

            right[i] = cues[i] != SpanTags.Outside ? -1 : next;
            if (cues[i] != SpanTags.Outside)
            {
                next = i;
            }
        }

        return (left, right);
    }

    /// <summary>Per sentence, whether a cue token lies in it.</summary>
    public static bool[] SentencesWithCue(AttributionContext context, ReadOnlySpan<byte> cues)
    {
        var has = new bool[Math.Max(context.Sentences.Count, 1)];
        for (var i = 0; i < context.Count; i++)
        {
            has[context.SentenceOf[i]] |= cues[i] != SpanTags.Outside;
        }

        return has;
    }
}
