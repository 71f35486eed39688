namespace FactApi.Core.Extraction.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at . ! ? or an ellipsis (taking any closing quotes and
/// brackets with it) when the next token does not start in lower case; at a sentence-ending abbreviation
/// (Inc., U.S.) only when a typical opener (The, He, But...) follows; and always at a blank line, since
/// headlines and datelines often carry no final punctuation. A single line break counts as a space,
/// because wrapped text breaks lines mid-sentence: sources should separate a headline by a blank line.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Tokenises and splits <paramref name="text"/>.</summary>
    public static IReadOnlyList<Sentence> Split(string text) => Split(text, Tokenizer.Tokenize(text));

    /// <summary>Splits already tokenised <paramref name="text"/>.</summary>
    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>();
        var first = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var last = EndOfSentenceAt(text, tokens, t);
            if (last < 0)
            {
                continue;
            }

            sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));
            first = last + 1;
            t = last;
        }

        if (first < tokens.Count)
        {
            sentences.Add(new Sentence(tokens[first].Start, tokens[^1].End, first, tokens.Count - first));
        }

        return sentences;
    }

    /// <summary>The index of the sentence's last token if one ends at token <paramref name="t"/>, else -1.</summary>
    private static int EndOfSentenceAt(string text, IReadOnlyList<Token> tokens, int t)
    {
        var token = tokens[t];
        if (t + 1 < tokens.Count && IsParagraphBreak(text, token.End, tokens[t + 1].Start))
        {
            return t;
        }

        var span = token.In(text);
        bool terminal = IsTerminal(span);
        var abbreviation = !terminal && token.Kind == TokenKind.Word && span.Length > 1 && span[^1] == '.';
        if (!terminal && !abbreviation)
        {
            return -1;
        }

        // Closing quotes and brackets written right after the full stop belong to this sentence.
        var last = t;
        while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && tokens[last + 1].Length == 1
            && CharClass.IsCloser(text[tokens[last + 1].Start]))
        {
            last++;
        }

        if (last + 1 >= tokens.Count || IsParagraphBreak(text, tokens[last].End, tokens[last + 1].Start))
        {
            return last;
        }

        var next = tokens[last + 1].In(text);
        if (terminal)
        {
            return StartsInLowerCase(next) || next[0] is ',' or ';' or ':' ? -1 : last;
        }

        return EndsSentenceAfterAbbreviation(span[..^1], next) ? last : -1;
    }

    private static bool EndsSentenceAfterAbbreviation(ReadOnlySpan<char> abbreviation, ReadOnlySpan<char> next)
    {
        // Initials (J.) and titles (Mr.) always lead into a name.
        var isInitial = abbreviation.Length == 1 && char.IsUpper(abbreviation[0]);
        if (isInitial || Abbreviations.Classify(abbreviation) == AbbreviationClass.Title)
        {
            return false;
        }

        return Abbreviations.IsSentenceOpener(next) || CharClass.IsQuote(next[0]);
    }

    private static bool IsTerminal(ReadOnlySpan<char> token) =>
        token is "." or "!" or "?" or "\u2026" || (token.Length > 1 && token[0] == '.' && token[1] == '.');

    private static bool StartsInLowerCase(ReadOnlySpan<char> token) => char.IsLower(token[0]);

    /// <summary>A blank line (two line breaks with only spaces between) separates paragraphs, headlines and datelines.</summary>
    private static bool IsParagraphBreak(string text, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                newlines++;
            }
        }

        return newlines >= 2;
    }
}
