namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// A key under which transliterations of one name meet: Zelensky, Zelenskyy, Zelenskiy and Zelenski, or
/// Volodymyr and Wolodymyr. News romanises Cyrillic, Arabic and other scripts inconsistently, and the
/// differences are mostly y/i/j, w/v and doubled letters. Input is already folded (<c>SearchKey.Fold</c>).
/// </summary>
internal static class NameVariant
{
    public static string Key(string folded)
    {
        var buffer = new char[folded.Length];
        var length = 0;
        foreach (var raw in folded)
        {
            var c = raw switch
            {
                'y' or 'j' => 'i',
                'w' => 'v',
                _ => raw,
            };
            if (length > 0 && buffer[length - 1] == c && char.IsLetter(c))
            {
                continue;
            }

            buffer[length++] = c;
        }

        return new string(buffer, 0, length);
    }

    /// <summary>Whether two keys are at most one edit apart (insert, delete or substitute), without a full matrix.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length || i == b.Length)
        {
            return true;
        }

        var rest = a.Length == b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
            : a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i))
            : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
        return rest;
    }
}
