using System.IO.Compression;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// The trained weights: for each feature id, a short list of (tag, weight) pairs, in an open-addressing
/// hash table so that scoring a token is a few array reads per feature. Weights are stored as 16-bit
/// integers times one scale, gzip'd, which keeps the embedded file small.
/// </summary>
internal sealed class NameModel : ITagScorer
{
    private const uint Magic = 0x4D4E4146; // "FANM"
    private const int FormatVersion = 3;

    private readonly uint[] keys;
    private readonly int[] starts;
    private readonly ushort[] counts;
    private readonly ushort[] entryIndexes;
    private readonly float[] entryWeights;
    private readonly int shift;
    private readonly float scale;

    private NameModel(IReadOnlyList<(uint Key, ushort[] Indexes, short[] Weights)> rows, float scale, Vocabulary vocabulary)
    {
        this.scale = scale;
        Vocabulary = vocabulary;
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, rows.Count) * 2.0)));
        shift = 32 - bits;
        keys = new uint[1 << bits];
        starts = new int[keys.Length];
        counts = new ushort[keys.Length];
        var total = rows.Sum(r => r.Indexes.Length);
        entryIndexes = new ushort[total];
        entryWeights = new float[total];
        var next = 0;
        foreach (var (key, indexes, weights) in rows)
        {
            var slot = Slot(key);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & (keys.Length - 1);
            }

            keys[slot] = key;
            starts[slot] = next;
            counts[slot] = (ushort)indexes.Length;
            for (var k = 0; k < indexes.Length; k++)
            {
                entryIndexes[next] = indexes[k];
                entryWeights[next++] = weights[k] * scale;
            }
        }

        FeatureCount = rows.Count;
    }

    public Vocabulary Vocabulary { get; }

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount { get; }

    /// <summary>
    /// The mean of several models' weights (a feature missing from a model counts as zero there). Averaging
    /// perceptrons trained on different document orders smooths out the order's luck.
    /// </summary>
    public static NameModel Average(IReadOnlyList<NameModel> models, float threshold)
    {
        var sums = new Dictionary<uint, float[]>();
        foreach (var model in models)
        {
            for (var slot = 0; slot < model.keys.Length; slot++)
            {
                if (model.keys[slot] == 0)
                {
                    continue;
                }

                if (!sums.TryGetValue(model.keys[slot], out var row))
                {
                    sums[model.keys[slot]] = row = new float[TagScores.Width];
                }

                for (var e = model.starts[slot]; e < model.starts[slot] + model.counts[slot]; e++)
                {
                    row[model.entryIndexes[e]] += model.entryWeights[e] / models.Count;
                }
            }
        }

        var words = models.SelectMany(m => m.Vocabulary.Hashes).Distinct();
        return FromDense(sums.Select(pair => (pair.Key, 0, pair.Value)), threshold, new Vocabulary(words));
    }

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

    public void Score(ReadOnlySpan<uint> tokenFeatures, ReadOnlySpan<uint> transitionFeatures, Span<float> scores)
    {
        Add(tokenFeatures, scores);
        Add(transitionFeatures, scores);
    }

    private void Add(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var mask = keys.Length - 1;
        foreach (var feature in features)
        {
            var slot = Slot(feature);
            uint key;
            while ((key = keys[slot]) != feature && key != 0)
            {
                slot = (slot + 1) & mask;
            }

            if (key == 0)
            {
                continue;
            }

            var start = starts[slot];
            var end = start + counts[slot];
            for (var e = start; e < end; e++)
            {
                scores[entryIndexes[e]] += entryWeights[e];
            }
        }
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(NameFeatures.Version);
        writer.Write(TagScores.Width);
        writer.Write(scale);
        writer.Write(FeatureCount);
        for (var slot = 0; slot < keys.Length; slot++)
        {
            if (keys[slot] == 0)
            {
                continue;
            }

            writer.Write(keys[slot]);
            writer.Write(counts[slot]);
            for (var e = starts[slot]; e < starts[slot] + counts[slot]; e++)
            {
                writer.Write(entryIndexes[e]);
                writer.Write((short)Math.Round(entryWeights[e] / scale));
            }
        }

        writer.Write(Vocabulary.Count);
        foreach (var word in Vocabulary.Hashes)
        {
            writer.Write(word);
        }
    }

    public static NameModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a FactApi name model.");
        }

        if (reader.ReadInt32() != NameFeatures.Version || reader.ReadInt32() != TagScores.Width)
        {
            throw new InvalidDataException("The name model was trained with other features; retrain it with 'factapi train ner'.");
        }

        var scale = reader.ReadSingle();
        var count = reader.ReadInt32();
        var rows = new List<(uint, ushort[], short[])>(count);
        for (var r = 0; r < count; r++)
        {
            var key = reader.ReadUInt32();
            var n = reader.ReadUInt16();
            var tags = new ushort[n];
            var weights = new short[n];
            for (var k = 0; k < n; k++)
            {
                tags[k] = reader.ReadUInt16();
                weights[k] = reader.ReadInt16();
            }

            rows.Add((key, tags, weights));
        }

        var words = new uint[reader.ReadInt32()];
        for (var w = 0; w < words.Length; w++)
        {
            words[w] = reader.ReadUInt32();
        }

        return new NameModel(rows, scale, new Vocabulary(words));
    }

    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> shift);
}
