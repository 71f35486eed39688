namespace FactApi.Core.Extraction.Text;

/// <summary>The word just before a position of a text, for rules that read the word in front of a name.</summary>
internal static class WordBefore
{
    /// <summary>
    /// The range [Start, End) of the word ending right before <paramref name="at"/> (spaces skipped), not reaching
    /// before <paramref name="floor"/>; empty when a mark or the floor comes first. With <paramref name="periods"/>
    /// a full stop counts as part of a word, so that "Mrs." is one.
    /// </summary>
    public static (int Start, int End) Find(string text, int at, int floor, bool periods = false)
    {
        var end = at;
        while (end > floor && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > floor && (char.IsLetter(text[start - 1]) || (periods && text[start - 1] == '.')))
        {
            start--;
        }

        return (start, end);
    }

    /// <summary>
    /// Where a phrase ends that the spaces and commas right before <paramref name="at"/> close ("Aoife Breen, today"
    /// ends after "Breen"), not before <paramref name="floor"/>.
    /// </summary>
    public static int PhraseEnd(string text, int at, int floor)
    {
        while (at > floor && (char.IsWhiteSpace(text[at - 1]) || text[at - 1] == ','))
        {
            at--;
        }

        return at;
    }
}
