using System.IO.Compression;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// The model file: gzip'd little-endian binary. Header (magic "FANM", format version, feature template
/// version, score width, weight scale), then each feature (id, entry count, entries of score index and
/// 16-bit weight), then the vocabulary hashes. A file from other feature templates is refused.
/// </summary>
internal static class NameModelFile
{
    private const uint Magic = 0x4D4E4146;
    private const int FormatVersion = 3;

    public static void Save(NameModel model, Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(NameFeatures.Version);
        writer.Write(TagScores.Width);
        writer.Write(model.Scale);
        writer.Write(model.FeatureCount);
        foreach (var (key, indexes, weights) in model.QuantisedRows())
        {
            writer.Write(key);
            writer.Write((ushort)indexes.Length);
            for (var k = 0; k < indexes.Length; k++)
            {
                writer.Write(indexes[k]);
                writer.Write(weights[k]);
            }
        }

        writer.Write(model.Vocabulary.Count);
        foreach (var word in model.Vocabulary.Hashes)
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
        var rows = new (uint, ushort[], short[])[reader.ReadInt32()];
        for (var r = 0; r < rows.Length; r++)
        {
            var key = reader.ReadUInt32();
            var n = reader.ReadUInt16();
            var indexes = new ushort[n];
            var weights = new short[n];
            for (var k = 0; k < n; k++)
            {
                indexes[k] = reader.ReadUInt16();
                weights[k] = reader.ReadInt16();
            }

            rows[r] = (key, indexes, weights);
        }

        var words = new uint[reader.ReadInt32()];
        for (var w = 0; w < words.Length; w++)
        {
            words[w] = reader.ReadUInt32();
        }

        return new NameModel(rows, scale, new Vocabulary(words));
    }
}
