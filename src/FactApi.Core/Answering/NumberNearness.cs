using FactApi.Core.Text;

namespace FactApi.Core.Answering;

/// <summary>
/// How close a number stands to the question's words in the claim that holds it, below one so that it only breaks
/// ties between numbers of the same kind: in "killed 258 people and injured more than 5,500 people", the count
/// "how many were injured" asks for is the one next to "injured".
/// </summary>
internal static class NumberNearness
{
    /// <summary>
    /// The sum over keywords of 1 / (1 + words between the number and the keyword's nearest use, by stem or synonym:
    /// "died" finds "killed"), scaled into [0, 1). In "about 2,300 of the union's roughly 2,600 members had joined",
    /// what follows the whole is said of the part: the part reads on to the whole's end, and the whole is near only
    /// to words before the part.
    /// </summary>
    public static double Of(string text, string number, IEnumerable<string> others, IReadOnlyList<Keyword> keywords)
    {
        var at = text.IndexOf(number, StringComparison.Ordinal);
        if (at < 0 || keywords.Count == 0)
        {
            return 0;
        }

        var end = at + number.Length;
        var nearTo = text.Length;
        foreach (var other in others)
        {
            var otherAt = text.IndexOf(other, StringComparison.Ordinal);
            if (otherAt > end && PartOf.IsMatch(text.AsSpan(end, otherAt - end)))
            {
                end = otherAt + other.Length;
            }
            else if (otherAt >= 0 && otherAt + other.Length < at && PartOf.IsMatch(text.AsSpan(otherAt + other.Length, at - otherAt - other.Length)))
            {
                (at, nearTo) = (otherAt, otherAt);
            }
        }

        var words = Words(text);
        var here = words.FindIndex(w => w.End > at);
        var last = words.FindLastIndex(w => w.Start < end);
        if (here < 0 || last < here)
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var keyword in keywords)
        {
            var nearest = int.MaxValue;
            for (var i = 0; i < words.Count; i++)
            {
                if ((i < here || i > last) && words[i].End <= nearTo
                    && (words[i].Folded.StartsWith(keyword.Stem, StringComparison.Ordinal)
                    || (keyword.Group is not null && Synonyms.Group(words[i].Folded) == keyword.Group)))
                {
                    nearest = Math.Min(nearest, i < here ? here - i - 1 : i - last - 1);
                }
            }

            sum += nearest == int.MaxValue ? 0 : 1.0 / (1 + nearest);
        }

        return 0.99 * sum / keywords.Count;
    }

    // "2,300 of the union's 2,600 members": what stands between a part and its whole.
    private static readonly System.Text.RegularExpressions.Regex PartOf = new(@"^\s+of\s+(?:(?:the|its|their|his|her|our|\p{L}+['’]s)\s+){1,3}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether the number is the old value of a change the text states ("cut the ban from four years to 30 months",
    /// "raised the toll from 40 to 87"): the value asked for now is the one after "to".
    /// </summary>
    public static bool Superseded(string text, string number, IEnumerable<string> others)
    {
        var at = text.IndexOf(number, StringComparison.Ordinal);
        if (at < 5 || !text.AsSpan(0, at).TrimEnd().EndsWith(" from", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text.AsSpan(at + number.Length).TrimStart();
        if (!rest.StartsWith("to ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = rest[3..].TrimStart();
        foreach (var other in others)
        {
            if (other != number && next.StartsWith(other, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static List<(int Start, int End, string Folded)> Words(string text)
    {
        var words = new List<(int, int, string)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '-' or ',' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((start, i, SearchKey.Fold(text[start..i])));
            }
        }

        return words;
    }
}
