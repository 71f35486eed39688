namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>First-order Viterbi over a whole article's tokens with BIO constraints (an I never follows an O).</summary>
internal static class LayerDecoder
{
    private const int Tags = SpanTags.Count;

    /// <summary>Best tags given token scores (Count x 3) and transitions ((previous or start) x tag).</summary>
    public static void Decode(ReadOnlySpan<float> scores, ReadOnlySpan<float> transitions, Span<byte> output)
    {
        var n = output.Length;
        if (n == 0)
        {
            return;
        }

        var best = new float[n * Tags];
        var back = new byte[n * Tags];
        for (var tag = 0; tag < Tags; tag++)
        {
            best[tag] = tag == SpanTags.Inside ? float.NegativeInfinity : scores[tag] + transitions[(LayerWeights.Start * Tags) + tag];
        }

        for (var i = 1; i < n; i++)
        {
            for (var tag = 0; tag < Tags; tag++)
            {
                var top = float.NegativeInfinity;
                var from = 0;
                for (var previous = 0; previous < Tags; previous++)
                {
                    if (!SpanTags.Allowed(previous, tag))
                    {
                        continue;
                    }

                    var value = best[((i - 1) * Tags) + previous] + transitions[(previous * Tags) + tag];
                    if (value > top)
                    {
                        top = value;
                        from = previous;
                    }
                }

                best[(i * Tags) + tag] = top + scores[(i * Tags) + tag];
                back[(i * Tags) + tag] = (byte)from;
            }
        }

        var last = 0;
        for (var tag = 1; tag < Tags; tag++)
        {
            if (best[((n - 1) * Tags) + tag] > best[((n - 1) * Tags) + last])
            {
                last = tag;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            output[i] = (byte)last;
            last = back[(i * Tags) + last];
        }
    }
}
