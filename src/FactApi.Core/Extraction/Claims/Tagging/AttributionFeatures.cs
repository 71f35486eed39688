using FactApi.Core.Extraction.Actors;

namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>
/// Feature ids of each token for one layer. Every layer sees the word, its neighbours, shape, lexicon class,
/// name label, quotation state and the rule-based finder's tags; the source and content layers also see where
/// the nearest cue is (side, distance, a comma, quotation mark or "that" in between), which is what tells a
/// speaker from a content.
/// </summary>
internal static class AttributionFeatures
{
    /// <summary>Changes whenever a template changes; a model from other templates is refused.</summary>
    public const int Version = 1;

    private static readonly ulong That = AttributionContext.LowerHash("that");

    /// <summary>
    /// Appends the features of every token to <paramref name="features"/>; token i owns [offsets[i], offsets[i+1]).
    /// Tokens of sentences not <paramref name="active"/> get none.
    /// </summary>
    public static void Extract(AttributionContext context, AttributionRole role, ReadOnlySpan<byte> cues, List<uint> features, int[] offsets, bool[]? active = null)
    {
        features.Clear();
        var layer = (ulong)role;
        var (left, right) = role == AttributionRole.Cue ? (Array.Empty<int>(), Array.Empty<int>()) : NearestCues(context, cues);
        var sentenceHasCue = role == AttributionRole.Cue ? [] : SentencesWithCue(context, cues);
        for (var i = 0; i < context.Count; i++)
        {
            offsets[i] = features.Count;
            if (active is not null && !active[context.SentenceOf[i]])
            {
                continue;
            }

            var t = 0;
            void Add(ulong value) => features.Add(FeatureHash.Of(t++, layer, value));
            void Add2(ulong a, ulong b) => features.Add(FeatureHash.Of(t++, layer, a, b));

            var w = context.Word[i];
            var sentence = context.Sentences.Count == 0 ? (0, context.Count - 1) : context.Sentences[context.SentenceOf[i]];
            var position = i - sentence.Item1;
            Add(0);
            Add(w);
            Add(Word(context, i - 1));
            Add(Word(context, i + 1));
            Add(Word(context, i - 2));
            Add(Word(context, i + 2));
            Add2(Word(context, i - 1), w);
            Add2(w, Word(context, i + 1));
            Add(context.Shape[i]);
            Add(context.Suffix[i]);
            Add2(context.Class[i], Class(context, i - 1));
            Add2(context.Class[i], Class(context, i + 1));
            Add(context.Entity[i]);
            Add2(Entity(context, i - 1), context.Entity[i]);
            Add2(context.Entity[i], Entity(context, i + 1));
            Add2(context.InQuote[i] ? 1UL : 0UL, w);
            Add2(context.InQuote[i] ? 1UL : 0UL, context.Class[i]);
            Add((ulong)Math.Min(position, 4));
            Add(i == sentence.Item2 ? 1UL : 0UL);
            Add2(context.ParagraphStart[i] ? 1UL : 0UL, w);
            for (var r = 0; r < 3; r++)
            {
                var rule = context.Rules[r];
                Add(rule[i]);
                Add2(rule[i], Rule(rule, i - 1));
                Add2(rule[i], Rule(rule, i + 1));
            }

            if (role == AttributionRole.Cue)
            {
                continue;
            }

            Add(cues[i]);
            var (l, r2) = (left[i], right[i]);
            var dl = l < 0 ? 0UL : Bucket(i - l);
            var dr = r2 < 0 ? 0UL : Bucket(r2 - i);
            Add(dl);
            Add(dr);
            Add2(dl, dr);
            Add2(dl, w);
            Add2(dr, w);
            Add2(dl, l < 0 ? 0 : context.Word[l]);
            Add2(dr, r2 < 0 ? 0 : context.Word[r2]);
            Add2(dl, l >= 0 && context.CommasBefore[i] > context.CommasBefore[l + 1] ? 1UL : 0UL);
            Add2(dr, r2 >= 0 && context.CommasBefore[r2] > context.CommasBefore[i + 1] ? 1UL : 0UL);
            Add2(dl, l >= 0 && context.QuotesBefore[i] > context.QuotesBefore[l + 1] ? 1UL : 0UL);
            Add2(dr, r2 >= 0 && context.QuotesBefore[r2] > context.QuotesBefore[i + 1] ? 1UL : 0UL);
            Add2(dl, l >= 0 && ThatBetween(context, l, i) ? 1UL : 0UL);
            Add2(dl, context.Entity[i]);
            Add2(dr, context.Entity[i]);
            Add2(dl, context.InQuote[i] ? 1UL : 0UL);
            Add2(dr, context.InQuote[i] ? 1UL : 0UL);
            var s = context.SentenceOf[i];
            Add2(SentenceCue(sentenceHasCue, s - 1), SentenceCue(sentenceHasCue, s) * 2 + SentenceCue(sentenceHasCue, s + 1));
            Add2(context.InQuote[i] ? 1UL : 0UL, SentenceCue(sentenceHasCue, s - 1) * 4 + SentenceCue(sentenceHasCue, s) * 2 + SentenceCue(sentenceHasCue, s + 1));
        }

        offsets[context.Count] = features.Count;
    }

    private static ulong Word(AttributionContext context, int i) => i < 0 ? 1 : i >= context.Count ? 2 : context.Word[i];

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
