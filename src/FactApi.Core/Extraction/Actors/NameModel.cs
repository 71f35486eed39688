using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// The trained weights: for each feature id, a short list of (tag, weight) pairs, in an open-addressing
/// hash table so that scoring a token is a few array reads per feature. Weights are 16-bit integers times
/// one scale (see <see cref="NameModelFile"/> for the file). Scoring is bound by memory latency (the table
/// is a few megabytes), so a slot packs the key with its row's place (one cache miss, not three), an entry
/// packs score index and weight, and a token's features are all looked up before any row is read, which
/// lets the processor overlap the misses.
/// </summary>
internal sealed class NameModel : ITagScorer
{
    private const int CountBits = 9;
    private const int MaxEntries = 1 << (32 - CountBits);

    // Low 32 bits: feature id (0 = empty); high 32 bits: row start << CountBits | row length.
    private readonly PinnedTable<ulong> slots;

    // Low 16 bits: score index; high 16 bits: the 16-bit weight.
    private readonly PinnedTable<uint> entries;
    private readonly int shift;
    private readonly float scale;

    private readonly WordScoreCache wordScores = new();

    // The row of the constant transition feature, dense: every token starts its transition scores from it.
    private readonly float[] transitionBias = new float[TagScores.Width];
    private readonly bool biasScoresTransitionsOnly;

    /// <summary>A model from quantised rows (see <see cref="QuantisedRows"/>).</summary>
    public NameModel(IReadOnlyList<(uint Key, ushort[] Indexes, short[] Weights)> rows, float scale, Vocabulary vocabulary)
    {
        this.scale = scale;
        Vocabulary = vocabulary;
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, rows.Count) * 2.0)));
        shift = 32 - bits;
        slots = new PinnedTable<ulong>(1 << bits);
        var total = rows.Sum(r => r.Indexes.Length);
        if (total >= MaxEntries || rows.Any(r => r.Indexes.Length >= 1 << CountBits))
        {
            throw new InvalidDataException("The name model is larger than its table layout allows.");
        }

        if (rows.Any(r => r.Indexes.Any(i => i >= TagScores.Width)))
        {
            throw new InvalidDataException("The name model scores more tags than the tagger has.");
        }

        // One spare entry, so that touching the start of a missing or empty row stays inside the array.
        entries = new PinnedTable<uint>(total + 1);
        var next = 0;
        foreach (var (key, indexes, weights) in rows)
        {
            var slot = Slot(key);
            while ((uint)slots[slot] != 0)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }

            slots[slot] = key | ((ulong)(uint)((next << CountBits) | indexes.Length) << 32);
            for (var k = 0; k < indexes.Length; k++)
            {
                entries[next++] = indexes[k] | ((uint)(ushort)weights[k] << 16);
            }
        }

        FeatureCount = rows.Count;
        // Stored weights are never zero, so a row touching no token tag leaves their scores at zero.
        Add([NameFeatures.TransitionBias], transitionBias);
        biasScoresTransitionsOnly = transitionBias.AsSpan(0, TagScores.Tags).IndexOfAnyExcept(0f) < 0;
    }

    public Vocabulary Vocabulary { get; }

    /// <summary>The weight of one unit of a stored 16-bit weight.</summary>
    public float Scale => scale;

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount { get; }

    /// <summary>
    /// Builds a model from dense weight rows (row k scores index <c>Offset + k</c> of <see cref="TagScores"/>),
    /// dropping weights smaller than <paramref name="threshold"/> in magnitude.
    /// </summary>
    public static NameModel FromDense(IEnumerable<(uint Key, int Offset, float[] Weights)> dense, float threshold, Vocabulary vocabulary)
    {
        var kept = dense.ToList();
        var max = kept.SelectMany(d => d.Weights).Select(Math.Abs).DefaultIfEmpty(1f).Max();
        var scale = max / short.MaxValue;
        var rows = new List<(uint, ushort[], short[])>();
        foreach (var (key, offset, weights) in kept)
        {
            var tags = new List<ushort>();
            var values = new List<short>();
            for (var tag = 0; tag < weights.Length; tag++)
            {
                if (Math.Abs(weights[tag]) >= threshold && Math.Round(weights[tag] / scale) is var q && q != 0)
                {
                    tags.Add((ushort)(offset + tag));
                    values.Add((short)q);
                }
            }

            if (tags.Count > 0)
            {
                rows.Add((key, [.. tags], [.. values]));
            }
        }

        return new NameModel(rows, scale, vocabulary);
    }

    public void Score(ReadOnlySpan<uint> tokenFeatures, ReadOnlySpan<uint> transitionFeatures, in WordKey word, Span<float> scores)
    {
        if (scores.Length < TagScores.Width)
        {
            throw new ArgumentException("Scores must have room for every tag and transition.", nameof(scores));
        }

        // Adding the remembered sum of the word's own features and then the rest performs the same float
        // additions in the same order as adding every feature, so the scores are identical.
        var tokenOnly = true;
        if (!wordScores.TryCopy(word, scores))
        {
            // Only sums that stay within the token tags are kept (a feature id shared with a transition row is not).
            tokenOnly = Add(tokenFeatures[..word.Features], scores);
            if (tokenOnly)
            {
                wordScores.Add(word, scores);
            }
        }

        tokenOnly &= Add(tokenFeatures[word.Features..], scores);
        if (tokenOnly && biasScoresTransitionsOnly && transitionFeatures.Length > 0 && transitionFeatures[0] == NameFeatures.TransitionBias)
        {
            // The transition bias comes first onto zero transition scores, so copying its row densely equals adding it.
            transitionBias.AsSpan(TagScores.Tags).CopyTo(scores[TagScores.Tags..]);
            transitionFeatures = transitionFeatures[1..];
        }

        Add(transitionFeatures, scores);
    }

    /// <summary>Adds the rows of <paramref name="features"/>; whether all of them scored token tags only.</summary>
    private bool Add(ReadOnlySpan<uint> features, Span<float> scores)
    {
        // First every lookup (independent loads the processor can run side by side), then the rows in feature
        // order, so that each score sums the same weights in the same order as a one-pass loop would.
        Span<uint> rows = stackalloc uint[features.Length];
        var mask = slots.Length - 1;

        // Prefetch every home slot first: requests no branch waits on can all be in flight at once, whereas in the
        // probing loop below each mispredicted branch would wait for its own cache miss.
        foreach (var feature in features)
        {
            Prefetch.Line(ref slots[Slot(feature)]);
        }

        for (var f = 0; f < features.Length; f++)
        {
            var feature = features[f];
            var slot = Slot(feature);
            ulong value;
            while ((uint)(value = slots[slot]) != feature && (uint)value != 0)
            {
                slot = (slot + 1) & mask;
            }

            rows[f] = (uint)value == 0 ? 0 : (uint)(value >> 32);
        }

        // The same for the rows' entries.
        foreach (var row in rows)
        {
            Prefetch.Line(ref entries[(int)(row >> CountBits)]);
        }

        // Indexes were checked against the score width when the model was built, and Score checked the span.
        var highest = 0u;
        ref var score = ref MemoryMarshal.GetReference(scores);
        ref var entry = ref entries.First;
        foreach (var row in rows)
        {
            var start = (int)(row >> CountBits);
            var end = start + (int)(row & ((1 << CountBits) - 1));
            for (var e = start; e < end; e++)
            {
                var packed = Unsafe.Add(ref entry, e);
                var index = packed & 0xFFFF;
                highest = Math.Max(highest, index);
                Unsafe.Add(ref score, (int)index) += (short)(packed >> 16) * scale;
            }
        }

        return highest < TagScores.Tags;
    }

    /// <summary>The stored rows: feature id, score indexes and their 16-bit weights (times <see cref="Scale"/>).</summary>
    public IEnumerable<(uint Key, ushort[] Indexes, short[] Weights)> QuantisedRows()
    {
        for (var at = 0; at < slots.Length; at++)
        {
            var value = slots[at];
            if ((uint)value == 0)
            {
                continue;
            }

            var row = (uint)(value >> 32);
            var stored = entries.Span.Slice((int)(row >> CountBits), (int)(row & ((1 << CountBits) - 1)));
            var indexes = new ushort[stored.Length];
            var weights = new short[stored.Length];
            for (var k = 0; k < stored.Length; k++)
            {
                indexes[k] = (ushort)stored[k];
                weights[k] = (short)(stored[k] >> 16);
            }

            yield return ((uint)value, indexes, weights);
        }
    }

    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> shift);
}
