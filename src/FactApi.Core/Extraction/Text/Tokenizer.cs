namespace FactApi.Core.Extraction.Text;

/// <summary>
/// Splits raw English news text into tokens with character offsets, following the Penn Treebank /
/// CoNLL conventions the name tagger was trained on: clitics split ('s, n't, 're), hyphenated words
/// kept whole, abbreviations and initials keep their period, numbers keep commas and decimals.
/// </summary>
public static class Tokenizer
{
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
            else if (WebAddress.End(text, i) is var urlEnd && urlEnd > i)
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
        if (!leadingDecimal && AbbreviationPeriod.DottedAcronymEnd(text, start) is var acronymEnd && acronymEnd > start)
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
                var emailEnd = WebAddress.RunEnd(text, start);
                tokens.Add(new Token(start, emailEnd, TokenKind.Url));
                return emailEnd;
            }

            if (!joins)
            {
                break;
            }

            j++;
        }

        var kind = isNumber ? TokenKind.Number : TokenKind.Word;
        var word = text.AsSpan(start, j - start);

        // A party and state after a lawmaker's name ("D-N.C.", "R-N.Y."): the dotted acronym after the hyphen is part of the word.
        var hyphen = word.LastIndexOfAny('-', '\u2010', '\u2011');
        if (!isNumber && hyphen >= 0 && AbbreviationPeriod.DottedAcronymEnd(text, start + hyphen + 1) is var acronymTail && acronymTail > start + hyphen + 1)
        {
            tokens.Add(new Token(start, acronymTail, TokenKind.Word));
            return acronymTail;
        }
        var stemEnd = Clitic.Start(word);
        if (stemEnd > 0)
        {
            tokens.Add(new Token(start, start + stemEnd, kind));
            tokens.Add(new Token(start + stemEnd, j, TokenKind.Word));
            return j;
        }

        if (!isNumber && j < n && text[j] == '.' && AbbreviationPeriod.Keeps(text, word, j))
        {
            j++;
        }

        tokens.Add(new Token(start, j, kind));
        return j;
    }
}
