namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Everything the feature templates need from one token, hashed once per token: the word, its lower-case
/// form (digits folded to 0), its shape (Xxxx, XX, dd-dd...), and lower-case prefixes and suffixes.
/// Shape and affixes are what let the tagger generalise to names it never saw.
/// </summary>
internal readonly struct TokenInfo
{
    private const int MaxRun = 4;

    public ulong Word { get; init; }

    public ulong Lower { get; init; }

    /// <summary>Character classes with runs capped at four: "Xxxxx" for Hale, "X.X." for U.S.</summary>
    public ulong Shape { get; init; }

    /// <summary>Character classes with runs collapsed: "Xx" for any capitalised word.</summary>
    public ulong ShortShape { get; init; }

    public ulong Prefix2 { get; init; }

    public ulong Prefix3 { get; init; }

    public ulong Prefix4 { get; init; }

    public ulong Suffix2 { get; init; }

    public ulong Suffix3 { get; init; }

    public ulong Suffix4 { get; init; }

    /// <summary>Starts with an upper-case letter.</summary>
    public bool IsCapitalised { get; init; }

    /// <summary>Has letters and none of them upper case.</summary>
    public bool IsLowerCase { get; init; }

    /// <summary>Has letters and none of them lower case.</summary>
    public bool IsUpperCase { get; init; }

    public int Length { get; init; }

    public static TokenInfo From(ReadOnlySpan<char> token)
    {
        // Typographic dashes and ellipses are written "--" and "..." in the training news.
        token = token switch
        {
            "\u2014" or "\u2013" => "--",
            "\u2026" => "...",
            _ => token,
        };
        ulong word = FeatureHash.Seed, lower = FeatureHash.Seed, shape = FeatureHash.Seed, shortShape = FeatureHash.Seed;
        ulong p2 = 0, p3 = 0, p4 = 0;
        var hasUpper = false;
        var hasLower = false;
        var lastClass = '\0';
        var run = 0;
        for (var i = 0; i < token.Length; i++)
        {
            // Curly quotes become straight ones: the training news used only straight quotes.
            var c = token[i] switch
            {
                '\u201C' or '\u201D' or '\u201E' => '"',
                '\u2018' or '\u2019' => '\'',
                var other => other,
            };
            var lc = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            word = FeatureHash.Add(word, c);
            lower = FeatureHash.Add(lower, lc);
            if (i == 1)
            {
                p2 = lower;
            }
            else if (i == 2)
            {
                p3 = lower;
            }
            else if (i == 3)
            {
                p4 = lower;
            }

            var cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            hasUpper |= cls == 'X';
            hasLower |= char.IsLower(c);
            run = cls == lastClass ? run + 1 : 1;
            if (run <= MaxRun)
            {
                shape = FeatureHash.Add(shape, cls);
            }

            if (run == 1)
            {
                shortShape = FeatureHash.Add(shortShape, cls);
            }

            lastClass = cls;
        }

        return new TokenInfo
        {
            Word = word,
            Lower = lower,
            Shape = shape,
            ShortShape = shortShape,
            Prefix2 = token.Length > 2 ? p2 : 0,
            Prefix3 = token.Length > 3 ? p3 : 0,
            Prefix4 = token.Length > 4 ? p4 : 0,
            Suffix2 = Suffix(token, 2),
            Suffix3 = Suffix(token, 3),
            Suffix4 = Suffix(token, 4),
            IsCapitalised = token.Length > 0 && char.IsUpper(token[0]),
            IsLowerCase = hasLower && !hasUpper,
            IsUpperCase = hasUpper && !hasLower,
            Length = token.Length,
        };
    }

    private static ulong Suffix(ReadOnlySpan<char> token, int length)
    {
        if (token.Length <= length)
        {
            return 0;
        }

        var h = FeatureHash.Seed;
        foreach (var c in token[^length..])
        {
            h = FeatureHash.Add(h, char.ToLowerInvariant(c));
        }

        return h;
    }
}
