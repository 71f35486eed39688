namespace FactApi.Core.Answering;

/// <summary>
/// A question's content word in the three forms a fact may hold it in: the word, its five-letter stem (so
/// "violations" meets "violating", "German" meets "Germany") and its synonym group (so "truce" meets "ceasefire").
/// </summary>
internal readonly record struct Keyword(string Word, string Stem, string? Group, bool Required)
{
    public static Keyword Of(string word, bool required) => new(word, StemOf(word), Synonyms.Group(word), required);

    public static string StemOf(string word) => word.Length > 5 ? word[..5] : word;
}
