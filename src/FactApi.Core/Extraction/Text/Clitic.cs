namespace FactApi.Core.Extraction.Text;

/// <summary>The clitics that Penn Treebank / CoNLL tokenisation splits off a word: 's 're 've 'll 'd 'm and n't.</summary>
internal static class Clitic
{
    private static readonly string[] Endings = ["'s", "'re", "'ve", "'ll", "'d", "'m"];

    /// <summary>Where a trailing clitic ('s, n't, 're...) starts inside <paramref name="word"/>, or 0 if none.</summary>
    public static int Start(ReadOnlySpan<char> word)
    {
        var len = word.Length;
        if (len > 3 && word[len - 3] is 'n' or 'N' && CharClass.IsApostrophe(word[len - 2]) && word[len - 1] is 't' or 'T')
        {
            return len - 3;
        }

        foreach (var clitic in Endings)
        {
            var at = len - clitic.Length;
            if (at >= 1 && CharClass.IsApostrophe(word[at]) && word[(at + 1)..].Equals(clitic.AsSpan(1), StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }
        }

        return 0;
    }
}
