namespace FactApi.Core.Extraction.Text;

/// <summary>What a token is made of; later stages use it to skip punctuation cheaply.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, internal hyphens, apostrophes or periods (U.S., O'Neil, co-founder).</summary>
    Word,

    /// <summary>Starts with a digit: 1,200 3.5 1996-08-22 10th.</summary>
    Number,

    /// <summary>Sentence and clause punctuation, dashes and ellipses.</summary>
    Punctuation,

    /// <summary>A straight or curly quotation mark.</summary>
    Quote,

    /// <summary>A web address or e-mail address.</summary>
    Url,

    /// <summary>Anything else: currency signs, percent, ampersand, slashes.</summary>
    Symbol,
}
