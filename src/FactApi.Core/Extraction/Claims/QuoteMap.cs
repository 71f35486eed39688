namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// The quotations of an article (opening to closing mark), found once for the whole text because a quotation
/// often runs over several sentences: "“I finished it. It's over,” Trump said." quotes both. Wire copy's two
/// backticks and two apostrophes (``like this,'') are marks too; a region then runs from the first backtick to the
/// second apostrophe.
/// </summary>
internal sealed class QuoteMap
{
    private readonly List<(int Open, int Close)> regions = [];
    private readonly string text;

    public QuoteMap(string text)
    {
        this.text = text;
        var open = -1;
        for (var lineStart = 0; lineStart <= text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var (openBefore, found) = (open, regions.Count);
            if (!Scan(text, lineStart, lineEnd, ref open, nest: true))
            {
                // Nesting left the line's own quotation open ("“We are ready, she said. “Nobody listened,” he said"):
                // a mark is missing, and the line reads better with every opening mark opening anew.
                regions.RemoveRange(found, regions.Count - found);
                open = openBefore;
                Scan(text, lineStart, lineEnd, ref open, nest: false);
            }

            if (lineEnd + 1 < text.Length && open >= 0 && text[open] == '"' && text[lineEnd + 1] != '"')
            {
                // A straight quote left open at a paragraph end is a stray mark, not a quotation.
                open = -1;
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>
    /// Reads the marks of one line, [<paramref name="start"/>, <paramref name="end"/>); false when it nested a curly
    /// quotation inside another and the outer one, opened on this line, is still open at its end.
    /// </summary>
    private bool Scan(string text, int start, int end, ref int open, bool nest)
    {
        var nested = 0;
        var nesting = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (nest && c == '\u201C' && open >= start && text[open] == '\u201C')
            {
                // "“I'd rather live in what he calls “hell” than ...”": a curly quotation inside one on the same line
                // nests. One opened on an earlier line is not closed there: a quotation over paragraphs opens each anew.
                nested++;
                nesting = true;
            }
            else if (c == '`' && i + 1 < end && text[i + 1] == '`')
            {
                open = i++;
                nested = 0;
            }
            else if (c == '\'' && open >= 0 && text[open] == '`' && i + 1 < end && text[i + 1] == '\'')
            {
                regions.Add((open, ++i));
                open = -1;
            }
            else if (c == '\u201C' || (c == '"' && open < 0) || (c == '\u201D' && open < start && OpensWord(text, i)))
            {
                open = i;
                nested = 0;
            }
            else if (c == '\u201D' && nested > 0)
            {
                nested--;
            }
            else if ((c == '\u201D' || c == '"') && open >= 0)
            {
                regions.Add((open, i));
                open = -1;
            }
        }

        return !(nesting && open >= start);
    }

    /// <summary>
    /// A closing mark with nothing open on its line, after a space or a line break and before a word ("\u201DFear is
    /// ..."), opens a quotation: autocorrect and caption tools often write the wrong mark there.
    /// </summary>
    private static bool OpensWord(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>Whether <paramref name="index"/> lies strictly inside a quotation.</summary>
    public bool Inside(int index)
    {
        var k = Find(index);
        if (k < 0)
        {
            return false;
        }

        var (start, end) = Inner(regions[k].Open, regions[k].Close);
        return start <= index && index < end;
    }

    /// <summary>What a quotation holds between its marks, [start, end).</summary>
    public (int Start, int End) Inner(int open, int close) => (open + MarkLength(open), close - MarkLength(close) + 1);

    /// <summary>Two for a wire-copy mark (`` or ''), one for any other.</summary>
    private int MarkLength(int at) => text[at] is '`' or '\'' ? 2 : 1;

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
