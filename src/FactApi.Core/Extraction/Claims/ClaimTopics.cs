namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// The topic of a claim from what its content talks about (the phrase list in claim-topics.txt): "more than 700
/// breaches" and "broke the truce 500 times" are both about ceasefire violations, so two speakers' counts of them
/// can form a dispute. A claim with numbers takes the topic nearest its first number; one with none takes the first.
/// Longer phrases win over the shorter ones inside them ("broken the truce" over "truce").
/// </summary>
internal static class ClaimTopics
{
    private static readonly IReadOnlyDictionary<string, string> Phrases = Lexicon.Load("Claims.Resources.claim-topics.txt");

    // Phrases by their first word, longest first, so a content is read once, word by word; looked up by span, so
    // reading a claim allocates no string a word.
    private static readonly Dictionary<string, (string[] Words, string Topic)[]>.AlternateLookup<ReadOnlySpan<char>> ByFirstWord = Phrases
        .Select(p => (Words: p.Key.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), Topic: p.Value))
        .GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static string? Find(string content, IReadOnlyList<Model.NumberMention> numbers)
    {
        var words = Words(content);
        var anchor = numbers.Count > 0 ? content.IndexOf(numbers[0].Text, StringComparison.Ordinal) : -1;
        string? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < words.Count; i++)
        {
            if (!ByFirstWord.TryGetValue(content.AsSpan(words[i].Start, words[i].Length), out var candidates))
            {
                continue;
            }

            foreach (var (phrase, topic) in candidates)
            {
                if (!Matches(content, words, i, phrase))
                {
                    continue;
                }

                var distance = anchor < 0 ? words[i].Start : Math.Abs(words[i].Start - anchor);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (topic, distance);
                }

                i += phrase.Length - 1;
                break;
            }
        }

        return best;
    }

    private static bool Matches(string content, List<(int Start, int Length)> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            if (!content.AsSpan(words[at + k].Start, words[at + k].Length).Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words (letters and digits) as offsets and lengths.</summary>
    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            words.Add((start, i - start));
        }

        return words;
    }
}
