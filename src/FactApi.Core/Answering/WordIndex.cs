using System.Buffers;
using System.Collections.Frozen;
using FactApi.Core.Text;

namespace FactApi.Core.Answering;

/// <summary>
/// An inverted index over the folded words of a list of facts (built once per dataset version): for each word,
/// stem and synonym group, the sorted positions of the facts holding it. A question then touches only the facts
/// that hold one of its words, never the whole list.
/// </summary>
internal sealed class WordIndex
{
    /// <summary>A word matched as written scores 1; by stem or synonym, this.</summary>
    public const double Partial = 0.8;

    private readonly FrozenDictionary<string, int[]> words;
    private readonly FrozenDictionary<string, int[]> stems;
    private readonly FrozenDictionary<string, int[]> groups;

    public WordIndex(IReadOnlyList<IEnumerable<string?>> facts)
    {
        Count = facts.Count;
        var words = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var stems = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Count; i++)
        {
            foreach (var part in facts[i])
            {
                if (part is null)
                {
                    continue;
                }

                foreach (var folded in SearchKey.Fold(part).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var word = QuestionParser.Strip(folded);
                    Post(words, word, i);
                    Post(stems, Keyword.StemOf(word), i);
                    if (Synonyms.Group(word) is { } group)
                    {
                        Post(groups, group, i);
                    }
                }
            }
        }

        this.words = Freeze(words);
        this.stems = Freeze(stems);
        this.groups = Freeze(groups);
    }

    public int Count { get; }

    /// <summary>Whether the fact holds the word as written.</summary>
    public bool Holds(int fact, string word) => words.TryGetValue(word, out var facts) && Array.BinarySearch(facts, fact) >= 0;

    /// <summary>1 when the fact holds the keyword as written, <see cref="Partial"/> by stem or synonym, else 0.</summary>
    public double Match(int fact, Keyword keyword) =>
        Holds(fact, keyword.Word) ? 1
        : In(stems, keyword.Stem, fact) || (keyword.Group is not null && In(groups, keyword.Group, fact)) ? Partial
        : 0;

    /// <summary>The share of keywords the fact holds (1 when there are none).</summary>
    public double Coverage(int fact, IReadOnlyList<Keyword> keywords)
    {
        if (keywords.Count == 0)
        {
            return 1;
        }

        var total = 0.0;
        foreach (var keyword in keywords)
        {
            total += Match(fact, keyword);
        }

        return total / keywords.Count;
    }

    /// <summary>The facts holding every word of a name (as written).</summary>
    public IEnumerable<int> HoldingAll(string[] nameWords)
    {
        if (nameWords.Length == 0 || !words.TryGetValue(nameWords[0], out var first))
        {
            return [];
        }

        return first.Where(f => nameWords.Skip(1).All(w => Holds(f, w)));
    }

    /// <summary>
    /// Every fact holding at least one keyword, with the share of keywords it holds, when that share is at least
    /// <paramref name="least"/> and the fact holds every required keyword. Only the facts holding a keyword are
    /// visited; the per-fact tallies live in pooled arrays.
    /// </summary>
    public List<(int Fact, double Coverage)> Covering(IReadOnlyList<Keyword> keywords, double least)
    {
        var result = new List<(int, double)>();
        if (keywords.Count == 0)
        {
            return result;
        }

        var required = 0;
        foreach (var keyword in keywords)
        {
            required += keyword.Required ? 1 : 0;
        }

        // Pooled arrays come back as their last user left them.
        var scores = ArrayPool<double>.Shared.Rent(Count);
        var hits = ArrayPool<int>.Shared.Rent(Count);
        var touched = ArrayPool<int>.Shared.Rent(Count);
        Array.Clear(scores, 0, Count);
        Array.Clear(hits, 0, Count);
        var seen = 0;
        try
        {
            foreach (var keyword in keywords)
            {
                var exact = words.GetValueOrDefault(keyword.Word) ?? [];
                var stem = stems.GetValueOrDefault(keyword.Stem) ?? [];
                var group = keyword.Group is null ? [] : groups.GetValueOrDefault(keyword.Group) ?? [];
                // A sorted three-way merge: each fact counts once per keyword, at its best form.
                int i = 0, j = 0, k = 0;
                while (true)
                {
                    var next = Math.Min(i < exact.Length ? exact[i] : int.MaxValue, Math.Min(j < stem.Length ? stem[j] : int.MaxValue, k < group.Length ? group[k] : int.MaxValue));
                    if (next == int.MaxValue)
                    {
                        break;
                    }

                    var score = i < exact.Length && exact[i] == next ? 1 : Partial;
                    i += i < exact.Length && exact[i] == next ? 1 : 0;
                    j += j < stem.Length && stem[j] == next ? 1 : 0;
                    k += k < group.Length && group[k] == next ? 1 : 0;
                        if (scores[next] == 0)
                    {
                        touched[seen++] = next;
                    }

                    scores[next] += score;
                    hits[next] += keyword.Required ? 1 : 0;
                }
            }

            for (var t = 0; t < seen; t++)
            {
                var fact = touched[t];
                var coverage = scores[fact] / keywords.Count;
                if (hits[fact] == required && coverage >= least)
                {
                    result.Add((fact, coverage));
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
            ArrayPool<int>.Shared.Return(hits);
            ArrayPool<int>.Shared.Return(touched);
        }

        return result;
    }

    private static bool In(FrozenDictionary<string, int[]> postings, string key, int fact) =>
        postings.TryGetValue(key, out var facts) && Array.BinarySearch(facts, fact) >= 0;

    private static void Post(Dictionary<string, List<int>> postings, string key, int fact)
    {
        if (!postings.TryGetValue(key, out var facts))
        {
            postings[key] = facts = [];
        }

        // Facts are added in order, so a repeat can only be the last one.
        if (facts.Count == 0 || facts[^1] != fact)
        {
            facts.Add(fact);
        }
    }

    private static FrozenDictionary<string, int[]> Freeze(Dictionary<string, List<int>> postings) =>
        postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
}
