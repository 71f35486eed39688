namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// Nouns of family and personal ties (kin-nouns.txt): after a person's possessive ("Kopp's stepmother") they name
/// somebody else, who speaks for themselves. Read by the speaker linking and by questions alike.
/// </summary>
internal static class KinNouns
{
    private static readonly IReadOnlyDictionary<string, string> Words = Lexicon.Load("Claims.Resources.kin-nouns.txt");

    public static bool Contains(string word) => Words.ContainsKey(word);
}
