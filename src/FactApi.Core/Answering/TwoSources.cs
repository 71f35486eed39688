using System.Text.RegularExpressions;

namespace FactApi.Core.Answering;

/// <summary>
/// "How many ships are queuing, according to the union and according to the operator?": one question asked of two
/// sources, split into one question for each. With "according to" written twice the split is certain; with it written
/// once ("according to the union and the operator") the two may be one name ("Procter and Gamble"), so that reading is
/// tried only when the question as written finds nothing. "Do A and B agree on X?" asks X of each, unless X asked alone
/// already finds two sides (<c>Whole</c>).
/// </summary>
internal static partial class TwoSources
{
    public static (string First, string Second, bool Certain, string? Whole)? Split(string question)
    {
        // "Do the growers and the packers agree on production costs?": what each says, side by side.
        if (Agree().Match(question.Trim()) is { Success: true } agree)
        {
            var what = agree.Groups["what"].Value.Trim();
            var (one, other, saidFirst, saidSecond) = SaidAbout(agree);
            // "agree on whether crime rose": no figure is asked, only what each side says about it.
            if (Whether().IsMatch(what))
            {
                return (saidFirst, saidSecond, true, null);
            }

            var asked = QuestionWord().IsMatch(what) ? what : $"How much are {what}";
            return ($"{asked}, according to {one}?", $"{asked}, according to {other}?", true, asked + "?");
        }

        var match = Pattern().Match(question.Trim());
        if (!match.Success)
        {
            return null;
        }

        var stem = match.Groups["stem"].Value.TrimEnd(',', ' ');
        var (first, second) = (match.Groups["first"].Value.Trim().TrimEnd(','), match.Groups["second"].Value.Trim().TrimEnd(',', '?', '.', ' '));
        return first.Length == 0 || second.Length == 0 || stem.Length == 0
            ? null
            : ($"{stem}, according to {first}?", $"{stem}, according to {second}?", match.Groups["again"].Success, null);
    }

    /// <summary>
    /// "Did the police and the residents agree on whether crime rose?": the two sides, and each asked what it said about
    /// the matter ("What did the police say about crime rose?", without "whether"). None when the question asks no agreement.
    /// </summary>
    public static (string First, string Second, string AskFirst, string AskSecond)? SaidAbout(string question) =>
        Agree().Match(question.Trim()) is { Success: true } agree ? SaidAbout(agree) : null;

    private static (string First, string Second, string AskFirst, string AskSecond) SaidAbout(Match agree)
    {
        var topic = Whether().Replace(agree.Groups["what"].Value.Trim(), "");
        var (one, other) = (agree.Groups["first"].Value.Trim(), agree.Groups["second"].Value.Trim());
        return (one, other, $"What did {one} say about {topic}?", $"What did {other} say about {topic}?");
    }

    /// <summary>
    /// "What did the union accuse the company of, and how did the company respond?": the first of two questions joined by
    /// "and", asked alone; none when the question is not two.
    /// </summary>
    public static string? FirstOfTwo(string question) =>
        TwoQuestions().Match(question.Trim()) is { Success: true } match ? match.Groups["first"].Value.TrimEnd(',', ' ') + "?" : null;

    [GeneratedRegex(@"^(?<first>\S+(?:\s+\S+){2,}?),?\s+and\s+(?:what|how|when|where|who|whom|which|why)\b[^?]*\??$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TwoQuestions();

    [GeneratedRegex(@"^(?:do|does|did)\s+(?<first>[^,?]+?)\s+and\s+(?<second>[^,?]+?)\s+(?:agree|disagree)\s+(?:(?:on|about|over)\s+|(?=that\s))(?<what>[^?]{3,}?)\s*\??$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Agree();

    [GeneratedRegex(@"^(?:whether|if|that)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Whether();

    [GeneratedRegex(@"^(?:how|what|when|where|who|which)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"^(?<stem>.+?)[,\s]+according\s+to\s+(?<first>[^,?]+?),?\s+and\s+(?<again>according\s+to\s+)?(?<second>[^?]+)\??$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
