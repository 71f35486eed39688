using FactApi.Core.Text;

namespace FactApi.Core.Answering;

/// <summary>
/// The folded words of one fact, for matching a question's content words: exactly, or by a five-letter stem so
/// "violations" meets "violating" and "German" meets "Germany".
/// </summary>
internal sealed class FactText
{
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<string> stems = new(StringComparer.Ordinal);
    private readonly HashSet<string> groups = new(StringComparer.Ordinal);

    public FactText(IEnumerable<string?> parts)
    {
        foreach (var part in parts)
        {
            if (part is null)
            {
                continue;
            }

            foreach (var word in SearchKey.Fold(part).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var plain = QuestionParser.Strip(word);
                words.Add(plain);
                stems.Add(Stem(plain));
                if (Synonyms.Group(plain) is { } group)
                {
                    groups.Add(group);
                }
            }
        }
    }

    /// <summary>1 for an exact word, 0.8 for a shared stem or a synonym, 0 otherwise.</summary>
    public double Match(string keyword) =>
        words.Contains(keyword) ? 1
        : stems.Contains(Stem(keyword)) || (Synonyms.Group(keyword) is { } group && groups.Contains(group)) ? 0.8
        : 0;

    /// <summary>The share of keywords found, or -1 when a required word is missing.</summary>
    public double Coverage(IReadOnlyList<string> keywords, IReadOnlySet<string> required)
    {
        if (keywords.Count == 0)
        {
            return 1;
        }

        var total = 0.0;
        foreach (var keyword in keywords)
        {
            var score = Match(keyword);
            if (score == 0 && required.Contains(keyword))
            {
                return -1;
            }

            total += score;
        }

        return total / keywords.Count;
    }

    private static string Stem(string word) => word.Length > 5 ? word[..5] : word;
}
