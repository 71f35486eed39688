namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Letters after a person's name that are a counsel's, member's or honour's ("Philippa Greaves KC", "Fiona Garvey TD";
/// post-nominals.txt): not part of the name, and what follows them follows the name.
/// </summary>
internal static class PostNominals
{
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Words = Lexicon.LoadForSpans("Actors.Resources.post-nominals.txt");

    /// <summary>Whether <paramref name="word"/> is a post-nominal as written ("TD", not "td").</summary>
    public static bool Is(ReadOnlySpan<char> word) => Words.TryGetValue(word, out var written) && word.SequenceEqual(written);

    /// <summary>Where the post-nominals right after a name ending at <paramref name="end"/> end ("Ann Roe KC MP,"); <paramref name="end"/> when none follow.</summary>
    public static int After(string text, int end)
    {
        while (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
        {
            var wordEnd = end + 1;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (!Is(text.AsSpan(end + 1, wordEnd - end - 1)))
            {
                break;
            }

            end = wordEnd;
        }

        return end;
    }
}
