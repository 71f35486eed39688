namespace FactApi.Core.Extraction.Claims;

/// <summary>The text a claim shows for its content span.</summary>
internal static class ClaimText
{
    private static readonly char[] Edges = [' ', ',', '.', '"', '\u201C', '\u201D', ':'];

    /// <summary>
    /// The content without the punctuation and quotation marks around it, but with its own quotations whole: trimming
    /// "ready for “serious talks.”" must not leave "ready for “serious talks", whose mark a reader cannot match.
    /// </summary>
    public static string Clean(string content)
    {
        // Wire copy writes quotation marks as two backticks and two apostrophes (``like this,'').
        if (content.Contains("``", StringComparison.Ordinal))
        {
            content = content.Trim(Edges);
            content = content.StartsWith("``", StringComparison.Ordinal) ? content[2..] : content;
            content = content.EndsWith("''", StringComparison.Ordinal) ? content[..^2] : content;
        }

        var text = content.Trim(Edges);
        var start = content.Length - content.TrimStart(Edges).Length;
        var (trimmedBefore, trimmedAfter) = (content.AsSpan(0, start).Contains('"'), content.AsSpan(start + text.Length).Contains('"'));
        foreach (var conjunction in (ReadOnlySpan<string>)[" and", " but", " or"])
        {
            // "dismissed the offers as theatre and ..." cut where the next clause begins.
            if (text.EndsWith(conjunction, StringComparison.Ordinal))
            {
                text = text[..^conjunction.Length].TrimEnd(Edges);
            }
        }

        var (opening, closing, straight) = (0, 0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\u201C': opening++; break;
                case '\u201D': closing++; break;
                case '"' when i == 0 || !char.IsDigit(text[i - 1]): straight++; break; // not the inch mark of "a 55\" screen"
            }
        }

        if (opening > closing)
        {
            text += '\u201D';
        }
        else if (closing > opening)
        {
            text = '\u201C' + text;
        }

        // A straight mark has no side: the one trimming took is put back, where it was.
        return straight % 2 == 0 ? text : trimmedAfter ? text + '"' : trimmedBefore ? '"' + text : text;
    }
}
