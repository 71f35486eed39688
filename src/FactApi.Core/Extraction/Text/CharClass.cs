namespace FactApi.Core.Extraction.Text;

/// <summary>Character tests shared by the tokeniser and the sentence splitter.</summary>
internal static class CharClass
{
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u201E' or '\u00AB' or '\u00BB' or '`';

    /// <summary>Quotes and brackets that close a sentence's last clause (may follow the full stop).</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']' or '}';

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Characters that cannot end a URL or e-mail address; they belong to the sentence around it.</summary>
    public static bool IsUrlTrailer(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '>' || IsQuote(c);
}
