using System.Runtime.InteropServices;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// What the whole document says about a word, beyond its own sentence: whether it also appears in lower
/// case (so a capitalised "Will" is probably a sentence opener), whether a sentence-initial word also
/// appears capitalised mid-sentence (so it is a name), and which name type earlier mentions of the same
/// word were given (so "Varnow" stays a person after "Ilsa Varnow"). News names one actor many times.
/// </summary>
internal sealed class DocumentContext
{
    private readonly HashSet<ulong> lowerCaseWords = [];
    private readonly HashSet<ulong> capitalisedMidSentence = [];
    private readonly Dictionary<ulong, History> history = [];
    private readonly Dictionary<ulong, ulong> longerNameEnds = [];
    private readonly Vocabulary vocabulary;

    public DocumentContext(ReadOnlySpan<TokenInfo> tokens, IReadOnlyList<(int Start, int Count)> sentences, Vocabulary vocabulary)
    {
        this.vocabulary = vocabulary;
        foreach (var (start, count) in sentences)
        {
            var upperSentence = IsUpperCaseSentence(tokens.Slice(start, count));
            if (!upperSentence)
            {
                RecordRuns(tokens.Slice(start, count));
            }

            for (var i = 0; i < count; i++)
            {
                var token = tokens[start + i];
                if (token.IsLowerCase)
                {
                    lowerCaseWords.Add(token.Lower);
                }
                else if (i > 0 && token.IsCapitalised && !upperSentence)
                {
                    capitalisedMidSentence.Add(token.Lower);
                }
            }
        }
    }

    /// <summary>
    /// The last word of a longer capitalised run this word starts or sits in elsewhere in the document, or 0:
    /// "Hale" after "Hale Pharmaceuticals Inc" gets "inc", which says organisation.
    /// </summary>
    public ulong LongerNameEnd(ulong lower) => longerNameEnds.GetValueOrDefault(lower);

    /// <summary>Whether the model saw this word too rarely in training to remember it (see <see cref="Vocabulary"/>).</summary>
    public bool IsRare(ulong lower) => vocabulary.IsRare(lower);

    public bool SeenInLowerCase(ulong lower) => lowerCaseWords.Contains(lower);

    public bool SeenCapitalisedMidSentence(ulong lower) => capitalisedMidSentence.Contains(lower);

    /// <summary>The label most often given to this word earlier in the document: 0 for none, 1 for O, 2 + type for a name type.</summary>
    public int MajorityLabel(ulong lower)
    {
        if (!history.TryGetValue(lower, out var counts))
        {
            return 0;
        }

        var best = 0;
        var bestCount = 0;
        for (var k = 0; k < History.Size; k++)
        {
            if (counts[k] > bestCount)
            {
                best = k + 1;
                bestCount = counts[k];
            }
        }

        return best;
    }

    /// <summary>Records the tag just given to a capitalised token.</summary>
    public void Remember(in TokenInfo token, int tag)
    {
        if (!token.IsCapitalised)
        {
            return;
        }

        ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(history, token.Lower, out _);
        counts[tag == BiluoTags.Outside ? 0 : 1 + BiluoTags.TypeOf(tag)]++;
    }

    private void RecordRuns(ReadOnlySpan<TokenInfo> sentence)
    {
        var i = 0;
        while (i < sentence.Length)
        {
            var end = i;
            while (end < sentence.Length && sentence[end].IsCapitalised)
            {
                end++;
            }

            for (var k = i; k < end - 1; k++)
            {
                longerNameEnds[sentence[k].Lower] = sentence[end - 1].Lower;
            }

            i = end + 1;
        }
    }

    /// <summary>Headlines and sports tables are often all capitals, where case says nothing about names.</summary>
    public static bool IsUpperCaseSentence(ReadOnlySpan<TokenInfo> tokens)
    {
        var upper = 0;
        foreach (var token in tokens)
        {
            if (token.IsLowerCase || (token.IsCapitalised && !token.IsUpperCase))
            {
                return false;
            }

            if (token.IsUpperCase && token.Length > 1)
            {
                upper++;
            }
        }

        return upper >= 2;
    }

    [System.Runtime.CompilerServices.InlineArray(Size)]
    private struct History
    {
        public const int Size = 5;
        private int count;
    }
}
