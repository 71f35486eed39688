using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>Turns tokens (strings, or ranges of a <see cref="Document"/>) into the tagger's per-token input.</summary>
internal static class NameInput
{
    public static (TokenInfo[] Tokens, List<(int Start, int Count)> Sentences) FromSentences(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var tokens = new TokenInfo[sentences.Sum(s => s.Count)];
        var ranges = new List<(int, int)>(sentences.Count);
        var at = 0;
        foreach (var sentence in sentences)
        {
            ranges.Add((at, sentence.Count));
            foreach (var token in sentence)
            {
                tokens[at++] = TokenInfo.From(token);
            }
        }

        return (tokens, ranges);
    }

    [ThreadStatic]
    private static TokenInfo[]? documentBuffer;

    /// <summary>
    /// The document's tokens, in a buffer of the calling thread that the next call overwrites: at 88 bytes a token,
    /// an article's array is a large-object-heap allocation, whose zeroing and full collections cost more than
    /// tagging the names did.
    /// </summary>
    public static (ArraySegment<TokenInfo> Tokens, List<(int Start, int Count)> Sentences) FromDocument(Document document)
    {
        var count = document.Tokens.Count;
        if (documentBuffer is null || documentBuffer.Length < count)
        {
            documentBuffer = new TokenInfo[Math.Max(count, 4096)];
        }

        var tokens = new ArraySegment<TokenInfo>(documentBuffer, 0, count);
        for (var i = 0; i < count; i++)
        {
            tokens[i] = TokenInfo.From(document.Tokens[i].In(document.Text));
        }

        var ranges = document.Sentences.Select(s => (s.FirstToken, s.TokenCount)).ToList();
        return (tokens, ranges);
    }
}
