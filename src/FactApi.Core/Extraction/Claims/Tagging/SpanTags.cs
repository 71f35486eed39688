namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>
/// BIO tags of one layer: a span is a B token followed by I tokens. Overlapping gold spans of one role (a
/// content inside a longer content) become their union, which is what a flat tagger can predict.
/// </summary>
internal static class SpanTags
{
    public const byte Outside = 0;
    public const byte Begin = 1;
    public const byte Inside = 2;
    public const int Count = 3;

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/> (an I never opens a span).</summary>
    public static bool Allowed(int previous, int tag) => tag != Inside || previous != Outside;

    public static byte[] FromSpans(IReadOnlyList<Text.Token> tokens, IEnumerable<TextSpan> spans)
    {
        var tags = new byte[tokens.Count];
        foreach (var span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            var first = true;
            for (var t = FirstAtOrAfter(tokens, span.Start); t < tokens.Count && tokens[t].Start < span.End; t++)
            {
                if (tags[t] == Outside)
                {
                    tags[t] = first || t == 0 || tags[t - 1] == Outside ? Begin : Inside;
                }

                first = false;
            }
        }

        return tags;
    }

    public static List<(int First, int Last)> ToSpans(ReadOnlySpan<byte> tags)
    {
        var spans = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i] == Outside || tags[i] == Begin)
            {
                if (start >= 0)
                {
                    spans.Add((start, i - 1));
                }

                start = tags[i] == Begin ? i : -1;
            }
        }

        if (start >= 0)
        {
            spans.Add((start, tags.Length - 1));
        }

        return spans;
    }

    /// <summary>The first token ending after <paramref name="offset"/> (binary search; tokens are in text order).</summary>
    public static int FirstAtOrAfter(IReadOnlyList<Text.Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
