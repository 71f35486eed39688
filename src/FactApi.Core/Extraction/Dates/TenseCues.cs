using System.Text.RegularExpressions;

namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// Guesses whether an expression such as "Friday" or "in May" refers back or forward from the publication date.
/// The cue words are data (<c>Resources/tense.txt</c>): the wording right before the expression
/// ("by Monday", "last May") decides first; otherwise the tense cue nearest to it in the same sentence, a cue after
/// it in another clause (past a comma or "and") counting as further off.
/// </summary>
internal sealed class TenseCues
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    // How much further off a cue after the expression counts when another clause begins between them.
    private const int OtherClause = 80;

    // A sentence rarely needs more than this to reach its verb; bounding the window keeps the cost per expression flat.
    private const int Window = 160;

    private readonly Regex past;
    private readonly Regex future;
    private readonly Regex beforeFuture;
    private readonly Regex beforePast;

    private TenseCues(Regex past, Regex future, Regex beforeFuture, Regex beforePast)
    {
        this.past = past;
        this.future = future;
        this.beforeFuture = beforeFuture;
        this.beforePast = beforePast;
    }

    public static TenseCues LoadEmbedded()
    {
        var cues = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in ResourceText.Lines("tense.txt"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var kind = line[..tab];
            if (!cues.TryGetValue(kind, out var list))
            {
                cues[kind] = list = [];
            }

            list.Add(line[(tab + 1)..].Trim());
        }

        Regex Words(string kind) => new("\\b(?:" + string.Join('|', cues[kind]) + ")\\b", Options);
        Regex Before(string kind) => new("\\b(?:" + string.Join('|', cues[kind]) + ")\\s+$", Options);
        return new TenseCues(Words("past"), Words("future"), Before("before-future"), Before("before-past"));
    }

    public Tense Guess(string text, int start, int end)
    {
        var lead = Math.Max(0, start - 24);
        var before = text[lead..start];
        if (beforeFuture.IsMatch(before))
        {
            return Tense.Future;
        }

        if (beforePast.IsMatch(before))
        {
            return Tense.Past;
        }

        var from = SentenceStart(text, start);
        var to = SentenceEnd(text, end);
        var pastDistance = Nearest(past, text, from, to, start, end, skipAfterBe: true);
        var futureDistance = Nearest(future, text, from, to, start, end);
        if (pastDistance == int.MaxValue && futureDistance == int.MaxValue)
        {
            return Tense.None;
        }

        return futureDistance <= pastDistance ? Tense.Future : Tense.Past;
    }

    /// <summary>
    /// Characters between the expression and the nearest cue in the sentence. With <paramref name="skipAfterBe"/> a
    /// participle right after "be" is no cue: "a new paper will be sat on Saturday", "the vote is to be held Friday".
    /// </summary>
    private static int Nearest(Regex cue, string text, int from, int to, int start, int end, bool skipAfterBe = false)
    {
        var best = int.MaxValue;
        foreach (var m in cue.EnumerateMatches(text.AsSpan(from, to - from)))
        {
            var at = from + m.Index;
            var stop = at + m.Length;
            if (skipAfterBe && at >= 3 && text[at - 1] == ' ' && text.AsSpan(at - 3, 2).Equals("be", StringComparison.OrdinalIgnoreCase)
                && (at == 3 || !char.IsLetter(text[at - 4])))
            {
                continue;
            }

            if (stop <= start)
            {
                best = Math.Min(best, start - stop);
            }
            else if (at >= end)
            {
                // "will hold a meeting ... on Thursday and said it hoped ...", "will review the permit Thursday, its
                // president said": a cue after a comma or "and" is another clause's verb, and counts as further off.
                var otherClause = text.AsSpan(end, at - end) is var between && (between.Contains(',') || between.Contains(" and ", StringComparison.Ordinal));
                best = Math.Min(best, at - end + (otherClause ? OtherClause : 0));
            }
        }

        return best;
    }

    private static int SentenceStart(string text, int start)
    {
        var limit = Math.Max(0, start - Window);
        for (var i = start - 1; i > limit; i--)
        {
            if (IsBoundary(text, i))
            {
                return i + 1;
            }
        }

        return limit;
    }

    private static int SentenceEnd(string text, int end)
    {
        var limit = Math.Min(text.Length, end + Window);
        for (var i = end; i < limit; i++)
        {
            if (IsBoundary(text, i))
            {
                return i;
            }
        }

        return limit;
    }

    // A full stop counts only before white space and a capital or quote, so "Sept. 30" and "U.S." stay inside.
    // Quotation marks bound the window too: in "``We will meet Friday,'' he said" the reporting verb is not the tense.
    private static bool IsBoundary(string text, int i)
    {
        var c = text[i];
        if (c is '"' or '“' or '”' || (c is '`' or '\'' && i + 1 < text.Length && text[i + 1] == c))
        {
            return true;
        }

        if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
        {
            return true;
        }

        if (c is not ('.' or '!' or '?') || i + 2 >= text.Length || !char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }

        var next = text[i + 2];
        return char.IsUpper(next) || next is '"' or '`' or '\'';
    }
}
