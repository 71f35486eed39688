namespace FactApi.Core.Extraction.Text;

/// <summary>Web and e-mail addresses, kept as one token without the sentence punctuation that follows them.</summary>
internal static class WebAddress
{
    /// <summary>End of the web address starting at <paramref name="i"/> (http://, https://, www.), or <paramref name="i"/> if none starts there.</summary>
    public static int End(string text, int i)
    {
        var rest = text.AsSpan(i);
        if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return i;
        }

        return RunEnd(text, i);
    }

    /// <summary>End of the non-space run at <paramref name="i"/>, less trailing sentence punctuation.</summary>
    public static int RunEnd(string text, int i)
    {
        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        while (end > i + 1 && CharClass.IsUrlTrailer(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
