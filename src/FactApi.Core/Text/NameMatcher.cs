namespace FactApi.Core.Text;

/// <summary>
/// Whether a query names something, tolerating transliteration and typing slips: each query word must match a
/// word of the name exactly, as a prefix (3+ letters), or within a small edit distance (one edit for words of
/// 4-7 letters, two from 8).
/// </summary>
public static class NameMatcher
{
    /// <summary>0 for no match; higher is better (an exact full-name match scores highest).</summary>
    public static int Score(string foldedQuery, string foldedName)
    {
        if (foldedQuery.Length == 0)
        {
            return 0;
        }

        if (foldedQuery == foldedName)
        {
            return 100;
        }

        var nameWords = foldedName.Split(' ');
        var total = 0;
        foreach (var word in foldedQuery.Split(' '))
        {
            var best = 0;
            foreach (var candidate in nameWords)
            {
                best = Math.Max(best, WordScore(word, candidate));
            }

            if (best == 0)
            {
                return 0;
            }

            total += best;
        }

        return Math.Min(99, total * 10 / Math.Max(1, nameWords.Length));
    }

    private static int WordScore(string word, string candidate)
    {
        if (word == candidate)
        {
            return 10;
        }

        if (word.Length >= 3 && candidate.StartsWith(word, StringComparison.Ordinal))
        {
            return 7;
        }

        var allowed = word.Length >= 8 ? 2 : word.Length >= 4 ? 1 : 0;
        return allowed > 0 && EditDistance.Bounded(word, candidate, allowed) <= allowed ? 5 : 0;
    }
}
