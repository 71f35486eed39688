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

    public static (TokenInfo[] Tokens, List<(int Start, int Count)> Sentences) FromDocument(Document document)
    {
        var tokens = new TokenInfo[document.Tokens.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = TokenInfo.From(document.Tokens[i].In(document.Text));
        }

        var ranges = document.Sentences.Select(s => (s.FirstToken, s.TokenCount)).ToList();
        return (tokens, ranges);
    }
}
