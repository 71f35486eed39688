using System.Numerics;
using FactApi.Core.Text;

namespace FactApi.Core.Answering;

/// <summary>
/// The known name a misspelt question word stands for ("Mertz" for Merz), scored as <see cref="NameMatcher"/>
/// scores it, but tried only against the names that could match: those with a word equal to it, beginning with
/// it, or of a length within the edit distance the matcher allows. A registry of thousands of names then costs
/// a question tens of comparisons, not thousands.
/// </summary>
internal sealed class FuzzyNames
{
    // NameMatcher's least score for a single word to stand for a name (a misspelt surname of a two-word name).
    private const int Least = 25;

    private readonly (string Id, string Folded)[] names;
    private readonly string[] sortedWords;
    private readonly Dictionary<string, int[]> namesByWord;
    private readonly Dictionary<int, (string Word, uint Letters)[]> wordsByLength;

    public FuzzyNames(IEnumerable<(string Id, string Folded)> names)
    {
        this.names = [.. names];
        namesByWord = this.names.SelectMany((n, i) => n.Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Select(w => (Word: w, Index: i)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Index).ToArray(), StringComparer.Ordinal);
        sortedWords = [.. namesByWord.Keys.Order(StringComparer.Ordinal)];
        wordsByLength = sortedWords.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.Select(w => (w, Letters(w))).ToArray());
    }

    /// <summary>The id of the name the word best stands for, or null when none scores enough.</summary>
    public string? Find(string folded)
    {
        var best = (Score: 0, Index: int.MaxValue);
        foreach (var word in Candidates(folded))
        {
            foreach (var index in namesByWord[word])
            {
                var score = NameMatcher.Score(folded, names[index].Folded);
                // Between equal scores the name listed first wins, as a scan in order would have it.
                if (score > best.Score || (score == best.Score && index < best.Index))
                {
                    best = (score, index);
                }
            }
        }

        return best.Score >= Least ? names[best.Index].Id : null;
    }

    private IEnumerable<string> Candidates(string folded)
    {
        // A folded word with a space in it (rare) is matched word by word; its first word must still match.
        var first = folded.Split(' ')[0];
        if (first.Length >= 3)
        {
            var at = Array.BinarySearch(sortedWords, first, StringComparer.Ordinal);
            for (var i = at < 0 ? ~at : at; i < sortedWords.Length && sortedWords[i].StartsWith(first, StringComparison.Ordinal); i++)
            {
                yield return sortedWords[i];
            }
        }
        else if (namesByWord.ContainsKey(first))
        {
            yield return first;
        }

        var allowed = first.Length >= 8 ? 2 : first.Length >= 4 ? 1 : 0;
        var letters = Letters(first);
        for (var length = first.Length - allowed; length <= first.Length + allowed; length++)
        {
            foreach (var (word, wordLetters) in wordsByLength.GetValueOrDefault(length) ?? [])
            {
                // One edit changes at most two of the letters a word uses, so most words are ruled out by a mask
                // before the edit distance is computed; prefix matches were given above.
                if (BitOperations.PopCount(letters ^ wordLetters) <= 2 * allowed
                    && !word.StartsWith(first, StringComparison.Ordinal) && EditDistance.Bounded(first, word, allowed) <= allowed)
                {
                    yield return word;
                }
            }
        }
    }

    // Which of 32 letter classes a word uses (a-z by letter, anything else folded into the rest).
    private static uint Letters(string word)
    {
        var mask = 0u;
        foreach (var c in word)
        {
            mask |= 1u << (c is >= 'a' and <= 'z' ? c - 'a' : 26 + (c % 6));
        }

        return mask;
    }
}
