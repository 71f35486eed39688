namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// Spans already given to an expression, kept sorted so that an overlap test is a binary search:
/// a text with thousands of expressions must not make tagging quadratic.
/// </summary>
internal sealed class TakenSpans
{
    private readonly List<(int Start, int End)> spans = [];

    public bool Overlaps(int start, int end)
    {
        var i = FirstEndingAfter(start);
        return i < spans.Count && spans[i].Start < end;
    }

    public void Add(int start, int end) => spans.Insert(FirstEndingAfter(start), (start, end));

    // Spans never overlap, so ends are sorted like starts: the first span ending after start is the only candidate.
    private int FirstEndingAfter(int start)
    {
        int lo = 0, hi = spans.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].End <= start)
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
