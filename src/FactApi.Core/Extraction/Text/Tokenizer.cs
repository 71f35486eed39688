namespace FactApi.Core.Extraction.Text;

/// <summary>
/// Splits raw English news text into tokens with character offsets, following the Penn Treebank /
/// CoNLL conventions the name tagger was trained on: clitics split ('s, n't, 're), hyphenated words
/// kept whole, abbreviations and initials keep their period, numbers keep commas and decimals.
/// </summary>
public static class Tokenizer
{
    private static readonly string[] Clitics = ["'s", "'re", "'ve", "'ll", "'d", "'m"];

    /// <summary>Tokenises <paramref name="text"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>((text.Length / 5) + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (UrlEnd(text, i) is var urlEnd && urlEnd > i)
            {
                tokens.Add(new Token(i, urlEnd, TokenKind.Url));
                i = urlEnd;
            }
            else if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i, tokens);
            }
            else
            {
                i = ScanPunctuation(text, i, tokens);
            }
        }

        return tokens;
    }

    private static int ScanPunctuation(string text, int i, List<Token> tokens)
    {
        var c = text[i];
        var end = i + 1;
        var kind = TokenKind.Punctuation;
        if (c == '.' || CharClass.IsHyphen(c))
        {
            // Runs of dots are one ellipsis; runs of hyphens are one dash ("--").
            while (end < text.Length && text[end] == c)
            {
                end++;
            }

            if (c == '.' && end == i + 1 && end < text.Length && char.IsDigit(text[end]))
            {
                return ScanWord(text, i, tokens, leadingDecimal: true);
            }
        }
        else if (CharClass.IsQuote(c))
        {
            kind = TokenKind.Quote;
        }
        else if (char.IsHighSurrogate(c) && end < text.Length)
        {
            end++;
            kind = TokenKind.Symbol;
        }
        else if (!char.IsPunctuation(c))
        {
            kind = TokenKind.Symbol;
        }

        tokens.Add(new Token(i, end, kind));
        return end;
    }

    private static int ScanWord(string text, int start, List<Token> tokens, bool leadingDecimal = false)
    {
        var n = text.Length;
        if (!leadingDecimal && DottedAcronymEnd(text, start) is var acronymEnd && acronymEnd > start)
        {
            tokens.Add(new Token(start, acronymEnd, TokenKind.Word));
            return acronymEnd;
        }

        var isNumber = leadingDecimal || char.IsDigit(text[start]);
        var j = leadingDecimal ? start + 1 : start;
        while (true)
        {
            while (j < n && CharClass.IsWordChar(text[j]))
            {
                j++;
            }

            if (j + 1 >= n)
            {
                break;
            }

            var c = text[j];
            var next = text[j + 1];
            var joins =
                (CharClass.IsHyphen(c) && char.IsLetterOrDigit(next))
                || (CharClass.IsApostrophe(c) && char.IsLetter(next))
                || (isNumber && c is ',' or '.' or ':' or '/' && char.IsDigit(next) && char.IsDigit(text[j - 1]))
                || (c == '&' && char.IsUpper(next) && char.IsUpper(text[j - 1]));
            if (c == '@' && char.IsLetterOrDigit(next))
            {
                return AddEmail(text, start, tokens);
            }

            if (!joins)
            {
                break;
            }

            j++;
        }

        var kind = isNumber ? TokenKind.Number : TokenKind.Word;
        var word = text.AsSpan(start, j - start);
        var stemEnd = CliticStart(word);
        if (stemEnd > 0)
        {
            tokens.Add(new Token(start, start + stemEnd, kind));
            tokens.Add(new Token(start + stemEnd, j, TokenKind.Word));
            return j;
        }

        if (!isNumber && j < n && text[j] == '.' && KeepsPeriod(text, word, j))
        {
            j++;
        }

        tokens.Add(new Token(start, j, kind));
        return j;
    }

    /// <summary>Where a trailing clitic ('s, n't, 're...) starts inside <paramref name="word"/>, or 0 if none.</summary>
    private static int CliticStart(ReadOnlySpan<char> word)
    {
        var len = word.Length;
        if (len > 3 && word[len - 3] is 'n' or 'N' && CharClass.IsApostrophe(word[len - 2]) && word[len - 1] is 't' or 'T')
        {
            return len - 3;
        }

        foreach (var clitic in Clitics)
        {
            var at = len - clitic.Length;
            if (at >= 1 && CharClass.IsApostrophe(word[at]) && word[(at + 1)..].Equals(clitic.AsSpan(1), StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }
        }

        return 0;
    }

    /// <summary>Whether the period after <paramref name="word"/> (at <paramref name="dot"/>) belongs to it: initials and listed abbreviations.</summary>
    private static bool KeepsPeriod(string text, ReadOnlySpan<char> word, int dot)
    {
        if (dot + 1 < text.Length && text[dot + 1] == '.')
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Abbreviations.Classify(word) switch
        {
            AbbreviationClass.Title or AbbreviationClass.Other => true,
            AbbreviationClass.Number => NextNonSpaceIsDigit(text, dot + 1),
            _ => false,
        };
    }

    private static bool NextNonSpaceIsDigit(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && char.IsDigit(text[i]);
    }

    /// <summary>End of a dotted acronym such as U.S., U.N. or a.m. (two or more single letters each followed by a period), or <paramref name="start"/>.</summary>
    private static int DottedAcronymEnd(string text, int start)
    {
        var k = start;
        var units = 0;
        while (k + 1 < text.Length && char.IsLetter(text[k]) && text[k + 1] == '.'
            && (k == start || !char.IsLetter(text[k - 1]) || text[k - 1] == '.'))
        {
            units++;
            k += 2;
            if (k >= text.Length || !char.IsLetter(text[k]) || (k + 1 < text.Length && char.IsLetterOrDigit(text[k + 1])))
            {
                break;
            }
        }

        return units >= 2 ? k : start;
    }

    private static int UrlEnd(string text, int i)
    {
        var rest = text.AsSpan(i);
        if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return i;
        }

        return TrimmedRunEnd(text, i);
    }

    private static int AddEmail(string text, int start, List<Token> tokens)
    {
        var end = TrimmedRunEnd(text, start);
        tokens.Add(new Token(start, end, TokenKind.Url));
        return end;
    }

    /// <summary>End of the non-space run at <paramref name="i"/>, less trailing sentence punctuation.</summary>
    private static int TrimmedRunEnd(string text, int i)
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
