using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>
/// The three trained layers' weights in one open-addressing table: a slot holds a feature id with its cue, source
/// and content weights (nine half-precision values, 24 bytes). A token's common features are then looked up once
/// for all three layers, and its cue-relative ones once for the source and content layers, where three tables
/// needed a lookup per layer: the tagger's cost is these lookups (docs/performance.md). Half precision is what
/// the model file stores, so a loaded model scores exactly as it would from single-precision weights (a model
/// still in memory after training scores as it will once saved); halves are widened eight at a time.
/// </summary>
internal sealed class FusedWeights
{
    private const int Width = SpanTags.Count;
    private const float TwoTo112 = 5.192296858534828e33f;

    private readonly Text.PinnedTable<Slot> slots;
    private readonly uint mask;

    public FusedWeights(IReadOnlyList<LayerWeights> layers)
    {
        var keys = new HashSet<uint>();
        foreach (var layer in layers)
        {
            keys.UnionWith(layer.Rows.Keys);
        }

        var capacity = 16;
        while (capacity < keys.Count * 2)
        {
            capacity *= 2;
        }

        slots = new Text.PinnedTable<Slot>(capacity);
        mask = (uint)capacity - 1;
        for (var l = 0; l < layers.Count; l++)
        {
            var weights = layers[l].Weights;
            foreach (var (key, row) in layers[l].Rows)
            {
                ref var slot = ref slots[Find(key)];
                slot.Key = key;
                for (var k = 0; k < Width; k++)
                {
                    slot.Weights[(l * Width) + k] = Narrow(weights[(row * Width) + k]);
                }
            }
        }
    }

    /// <summary>
    /// Sums every layer's weights of <paramref name="features"/>: the cue layer's into <paramref name="cue"/>, the
    /// source and content layers' into <paramref name="sourceContent"/> (three each), which the relative features
    /// add to later.
    /// </summary>
    public void ScoreAll(ReadOnlySpan<uint> features, Span<float> cue, Span<float> sourceContent)
    {
        ref var table = ref slots.First;
        PrefetchHomes(ref table, features);
        var low = Vector128<float>.Zero;
        var high = Vector128<float>.Zero;
        float c2 = 0;
        foreach (var feature in features)
        {
            ref var slot = ref Probe(ref table, feature);
            if (slot.Key == feature)
            {
                var halves = Vector128.LoadUnsafe(ref Unsafe.As<NineHalves, ushort>(ref slot.Weights));
                low += Widen(Vector128.WidenLower(halves));
                high += Widen(Vector128.WidenUpper(halves));
                c2 += Widen(slot.Weights[8]);
            }
        }

        cue[SpanTags.Outside] = low[0];
        cue[SpanTags.Begin] = low[1];
        cue[SpanTags.Inside] = low[2];
        sourceContent[0] = low[3];
        sourceContent[1] = high[0];
        sourceContent[2] = high[1];
        sourceContent[3] = high[2];
        sourceContent[4] = high[3];
        sourceContent[5] = c2;
    }

    /// <summary>Adds the source and content layers' weights of <paramref name="features"/> to <paramref name="sourceContent"/>.</summary>
    public void ScoreSourceContent(ReadOnlySpan<uint> features, Span<float> sourceContent)
    {
        ref var table = ref slots.First;
        PrefetchHomes(ref table, features);

        // Halves 1-8 of a slot: the first two lanes carry cue weights and are dropped.
        var low = Vector128.Create(0, 0, sourceContent[0], sourceContent[1]);
        var high = Vector128.Create(sourceContent[2], sourceContent[3], sourceContent[4], sourceContent[5]);
        foreach (var feature in features)
        {
            ref var slot = ref Probe(ref table, feature);
            if (slot.Key == feature)
            {
                var halves = Vector128.LoadUnsafe(ref Unsafe.Add(ref Unsafe.As<NineHalves, ushort>(ref slot.Weights), 1));
                low += Widen(Vector128.WidenLower(halves));
                high += Widen(Vector128.WidenUpper(halves));
            }
        }

        sourceContent[0] = low[2];
        sourceContent[1] = low[3];
        sourceContent[2] = high[0];
        sourceContent[3] = high[1];
        sourceContent[4] = high[2];
        sourceContent[5] = high[3];
    }

    /// <summary>Asks for every feature's home slot before any is probed (see <see cref="Prefetch"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PrefetchHomes(ref Slot table, ReadOnlySpan<uint> features)
    {
        foreach (var feature in features)
        {
            Text.Prefetch.Line(ref Unsafe.Add(ref table, (nint)(Spread(feature) & mask)));
        }
    }

    /// <summary>The slot holding <paramref name="feature"/>, or the empty slot where it would be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Slot Probe(ref Slot table, uint feature)
    {
        // Feature ids are never 0 (FeatureHash), so 0 marks an empty slot.
        for (var at = Spread(feature) & mask; ; at = (at + 1) & mask)
        {
            ref var slot = ref Unsafe.Add(ref table, (nint)at);
            if (slot.Key == feature || slot.Key == 0)
            {
                return ref slot;
            }
        }
    }

    private int Find(uint key)
    {
        var at = Spread(key) & mask;
        while (slots[(int)at].Key != 0 && slots[(int)at].Key != key)
        {
            at = (at + 1) & mask;
        }

        return (int)at;
    }

    // Feature ids are already hashes; a multiply spreads any low-bit regularity of the fold.
    private static uint Spread(uint key) => key * 0x9E3779B1u >> 7 | key << 25;

    private static ushort Narrow(float weight)
    {
        var half = (Half)weight;
        if (!Half.IsFinite(half))
        {
            throw new InvalidDataException($"An attribution weight ({weight}) lies outside half precision.");
        }

        return BitConverter.HalfToUInt16Bits(half);
    }

    /// <summary>
    /// Finite halves' values as floats: a half's exponent and mantissa shifted into a float's place, under its
    /// sign, give its value times 2^-112 (subnormals included), which one multiply by a power of two undoes
    /// exactly. Far cheaper than a conversion per weight, which cost more than the lookups.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> Widen(Vector128<uint> halves) =>
        Vector128.AsSingle(((halves & Vector128.Create(0x7FFFu)) << 13) | ((halves & Vector128.Create(0x8000u)) << 16)) * Vector128.Create(TwoTo112);

    private static float Widen(ushort half) =>
        BitConverter.UInt32BitsToSingle(((half & 0x7FFFu) << 13) | ((half & 0x8000u) << 16)) * TwoTo112;

    [InlineArray(9)]
    internal struct NineHalves
    {
        private ushort first;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct Slot
    {
        public uint Key;
        public NineHalves Weights;
    }
}
