namespace FactApi.Core.Extraction.Text;

/// <summary>
/// Hands each span of a list to the sentences that contain it, keeping the list's order within each sentence:
/// a binary search per span instead of a scan of every span per sentence (which grows with sentences × spans).
/// </summary>
internal static class SentenceBuckets
{
    /// <summary>For each sentence, the items with <c>Start &gt;= sentence.Start &amp;&amp; End &lt;= sentence.End</c>.</summary>
    public static List<T>[] Split<T>(IReadOnlyList<Sentence> sentences, IReadOnlyList<T> items, Func<T, (int Start, int End)> span)
    {
        var buckets = new List<T>[sentences.Count];
        for (var s = 0; s < buckets.Length; s++)
        {
            buckets[s] = [];
        }

        foreach (var item in items)
        {
            var (start, end) = span(item);

            // Sentences are in text order and do not overlap, so both their starts and their ends ascend: those
            // ending at or after the item form a suffix, and of these the containing ones start at or before it.
            for (var s = FirstEndingAtOrAfter(sentences, end); s < sentences.Count && sentences[s].Start <= start; s++)
            {
                buckets[s].Add(item);
            }
        }

        return buckets;
    }

    private static int FirstEndingAtOrAfter(IReadOnlyList<Sentence> sentences, int end)
    {
        var low = 0;
        var high = sentences.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sentences[middle].End >= end)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
