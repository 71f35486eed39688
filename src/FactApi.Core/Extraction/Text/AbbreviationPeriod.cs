namespace FactApi.Core.Extraction.Text;

/// <summary>Decides when a period belongs to the word before it: initials, listed abbreviations and dotted acronyms.</summary>
internal static class AbbreviationPeriod
{
    /// <summary>Whether the period after <paramref name="word"/> (at <paramref name="dot"/>) belongs to it: initials and listed abbreviations.</summary>
    public static bool Keeps(string text, ReadOnlySpan<char> word, int dot)
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
    public static int DottedAcronymEnd(string text, int start)
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
}
