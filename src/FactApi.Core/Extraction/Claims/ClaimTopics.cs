namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// The topic of a claim from what its content talks about (the phrase list in claim-topics.txt): "more than 700
/// breaches" and "broke the truce 500 times" are both about ceasefire violations, so two speakers' counts of them
/// can form a dispute. A claim with numbers takes the topic nearest its first number; one with none takes the first.
/// </summary>
internal static class ClaimTopics
{
    private static readonly IReadOnlyDictionary<string, string> Phrases = Lexicon.Load("Claims.Resources.claim-topics.txt");
    private static readonly string[] Longest = [.. Phrases.Keys.OrderByDescending(k => k.Length)];

    public static string? Find(string content, IReadOnlyList<Model.NumberMention> numbers)
    {
        var anchor = numbers.Count > 0 ? content.IndexOf(numbers[0].Text, StringComparison.Ordinal) : -1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var taken = new List<(int Start, int End)>();
        foreach (var phrase in Longest)
        {
            for (var at = content.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = content.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                // Phrases go longest first, so "truce" inside "broken the truce" is already taken by the longer phrase.
                if (!WholeWords(content, at, phrase.Length) || taken.Exists(t => t.Start <= at && at + phrase.Length <= t.End))
                {
                    continue;
                }

                taken.Add((at, at + phrase.Length));
                var distance = anchor < 0 ? at : Math.Abs(at - anchor);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (Phrases[phrase], distance);
                }
            }
        }

        return best;
    }

    private static bool WholeWords(string text, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length == text.Length || !char.IsLetterOrDigit(text[at + length]));
}
