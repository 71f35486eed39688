namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// The quotations of an article (opening to closing mark), found once for the whole text because a quotation
/// often runs over several sentences: "“I finished it. It's over,” Trump said." quotes both.
/// </summary>
internal sealed class QuoteMap
{
    private readonly List<(int Open, int Close)> regions = [];

    public QuoteMap(string text)
    {
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u201C' || (c == '"' && open < 0))
            {
                open = i;
            }
            else if ((c == '\u201D' || c == '"') && open >= 0)
            {
                regions.Add((open, i));
                open = -1;
            }
            else if (c == '\n' && open >= 0 && text[open] == '"' && i + 1 < text.Length && text[i + 1] != '"')
            {
                // A straight quote left open at a paragraph end is a stray mark, not a quotation.
                open = -1;
            }
        }
    }

    /// <summary>Whether <paramref name="index"/> lies strictly inside a quotation.</summary>
    public bool Inside(int index)
    {
        var k = Find(index);
        return k >= 0 && regions[k].Open < index && index < regions[k].Close;
    }

    /// <summary>The opening mark of the quotation closed at <paramref name="close"/>, if one is.</summary>
    public int? OpeningOf(int close)
    {
        var k = Find(close);
        return k >= 0 && regions[k].Close == close ? regions[k].Open : null;
    }

    /// <summary>The quotation (opening and closing mark) that <paramref name="index"/> lies in or on, if any.</summary>
    public (int Open, int Close)? Around(int index)
    {
        var k = Find(index);
        return k >= 0 && regions[k].Open <= index && index <= regions[k].Close ? regions[k] : null;
    }

    /// <summary>The last region opening at or before index (regions are sorted and disjoint).</summary>
    private int Find(int index)
    {
        int lo = 0, hi = regions.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (regions[mid].Open <= index)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
