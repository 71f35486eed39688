namespace FactApi.Core.Extraction.Text;

/// <summary>
/// The shared object that extraction stages read and write, as in spaCy: the raw text, its tokens and
/// sentences, and the entity spans that stages add. Each stage can be swapped, timed and scored alone.
/// </summary>
public sealed class Document
{
    private Document(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <summary>The raw text every offset refers to.</summary>
    public string Text { get; }

    /// <summary>Tokens in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Sentences in text order; together they cover every token.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Entity spans added by later stages (names, dates...).</summary>
    public List<EntitySpan> Entities { get; } = [];

    /// <summary>Tokenises and sentence-splits <paramref name="text"/>.</summary>
    public static Document Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        return new Document(text, tokens, SentenceSplitter.Split(text, tokens));
    }

    /// <summary>The characters of token <paramref name="index"/> as a new string.</summary>
    public string TokenText(int index) => Text[Tokens[index].Start..Tokens[index].End];

    /// <summary>The covered text of a span.</summary>
    public string SpanText(EntitySpan span) => Text[span.Start..span.End];
}
