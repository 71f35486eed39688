using System.IO.Compression;

namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>
/// The model file: gzip'd little-endian binary. Header (magic "FAAT", format version, feature template version),
/// then per layer its decoding bias, transition weights and its rows (feature id, three half-precision weights). A file from
/// other feature templates is refused.
/// </summary>
internal static class AttributionModelFile
{
    private const uint Magic = 0x54414146;
    private const int FormatVersion = 2;

    public static void Save(AttributionTagger tagger, Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(AttributionFeatures.Version);
        writer.Write(tagger.Layers.Count);
        foreach (var layer in tagger.Layers)
        {
            writer.Write(layer.Bias);
            foreach (var t in layer.Transitions)
            {
                writer.Write(t);
            }

            writer.Write(layer.Rows.Count);
            foreach (var (key, row) in layer.Rows.OrderBy(r => r.Key))
            {
                writer.Write(key);
                for (var k = 0; k < SpanTags.Count; k++)
                {
                    writer.Write((Half)layer.Weights[(row * SpanTags.Count) + k]);
                }
            }
        }
    }

    public static AttributionTagger Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a FactApi attribution model.");
        }

        if (reader.ReadInt32() != AttributionFeatures.Version)
        {
            throw new InvalidDataException("The attribution model was trained with other feature templates; retrain it with 'factapi train attribution'.");
        }

        var layers = new List<LayerWeights>();
        for (var count = reader.ReadInt32(); layers.Count < count;)
        {
            var bias = reader.ReadSingle();
            var transitions = new float[(LayerWeights.Start + 1) * SpanTags.Count];
            for (var k = 0; k < transitions.Length; k++)
            {
                transitions[k] = reader.ReadSingle();
            }

            var rowCount = reader.ReadInt32();
            var rows = new Dictionary<uint, int>(rowCount);
            var weights = new float[rowCount * SpanTags.Count];
            for (var r = 0; r < rowCount; r++)
            {
                rows[reader.ReadUInt32()] = r;
                for (var k = 0; k < SpanTags.Count; k++)
                {
                    weights[(r * SpanTags.Count) + k] = (float)reader.ReadHalf();
                }
            }

            layers.Add(new LayerWeights(rows, weights, transitions) { Bias = bias });
        }

        return new AttributionTagger(layers);
    }
}
