namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>
/// A word's coarse part-of-speech class: the set of tags a tagged news corpus (CoNLL-2003, Reuters) gives it, such
/// as "said" VBD|VBN or "report" N|V. It lets the tagger carry what it learnt of the cues it has seen to verbs it
/// has not, for one lookup a token instead of a part-of-speech tagger's cost. A word the corpus lacks gets a class
/// from its ending and capital. Built by <c>factapi train word-classes</c>.
/// </summary>
internal static class WordClasses
{
    public const string ResourceName = "Claims.Resources.word-classes-conll2003.txt";

    private static readonly (Dictionary<ulong, ulong> ByWord, HashSet<ulong> Nouns, HashSet<ulong> Modifiers, HashSet<ulong> Premodifiers, Dictionary<ulong, string[]> TagsOf) Table = Load();

    private static readonly string[] UnknownPast = ["VBD", "VBN"];

    private static readonly HashSet<string> NounLikeUnknowns = ["?", "?s", "?cap"];

    /// <summary>The class of <paramref name="token"/> as a hash; <paramref name="lowerHash"/> is its <see cref="AttributionContext.LowerHash"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> token, ulong lowerHash)
    {
        if (Table.ByWord.TryGetValue(lowerHash, out var known))
        {
            return known;
        }

        return AttributionContext.LowerHash(Unknown(token));
    }

    /// <summary>
    /// Whether <paramref name="word"/> can be a noun: the corpus tags it as one at least sometimes, or, unknown to it,
    /// nothing in its ending says otherwise. "linked" or "recorded" after a number is not what the number counts.
    /// </summary>
    public static bool CanBeNoun(string word)
    {
        var hash = AttributionContext.LowerHash(word);
        return Table.ByWord.ContainsKey(hash) ? Table.Nouns.Contains(hash) : NounLikeUnknowns.Contains(Unknown(word));
    }

    /// <summary>
    /// Whether <paramref name="word"/> may stand in a noun phrase before its head, as far as the corpus knows: a noun,
    /// adjective, adverb or participle ("highly", "acting", "elected"), or a word it does not list ("longtime").
    /// </summary>
    public static bool CanPremodify(string word)
    {
        var hash = AttributionContext.LowerHash(word);
        return !Table.ByWord.ContainsKey(hash) || Table.Premodifiers.Contains(hash);
    }

    /// <summary>
    /// Whether <paramref name="word"/> can stand before a noun as a modifier: the corpus tags it only as a noun or
    /// adjective ("political", "casino"), or, unknown to it, a noun or a compound of nouns.
    /// </summary>
    public static bool CanModify(string word)
    {
        var hash = AttributionContext.LowerHash(word);
        if (Table.ByWord.ContainsKey(hash))
        {
            return Table.Modifiers.Contains(hash);
        }

        // Unknown to the corpus: a noun WordNet has no verb sense of ("billionaire"), or a compound of nouns ("hedge-fund").
        var sense = WordSenses.Of(word);
        return word.Contains('-', StringComparison.Ordinal)
            ? word.Split('-').All(part => part.Length > 0 && (char.IsDigit(part[0]) || CanModify(part) || WordSenses.NounFile(WordSenses.Of(part)) != 0))
            : WordSenses.NounFile(sense) != 0 && WordSenses.VerbFile(sense) == 0;
    }

    /// <summary>
    /// The coarse tags the corpus gives <paramref name="word"/> ("VBD|VBN" for "closed"), or for a word it does not
    /// list the verb tags its ending suggests ("VBD|VBN" for "-ed"), else none.
    /// </summary>
    public static IReadOnlyList<string> Tags(string word) =>
        Table.ByWord.TryGetValue(AttributionContext.LowerHash(word), out var known) ? Table.TagsOf[known]
        : Unknown(word) == "?ed" ? UnknownPast
        : [];

    /// <summary>The class of a word the corpus does not list, from the clues an unseen word still gives.</summary>
    public static string Unknown(ReadOnlySpan<char> token) => token switch
    {
        [] => "?",
        [var c, ..] when char.IsDigit(c) => "?num",
        [var c, ..] when char.IsUpper(c) => "?cap",
        _ when token.EndsWith("ing", StringComparison.OrdinalIgnoreCase) => "?ing",
        _ when token.EndsWith("ed", StringComparison.OrdinalIgnoreCase) => "?ed",
        _ when token.EndsWith("ly", StringComparison.OrdinalIgnoreCase) => "?ly",
        _ when token.EndsWith('s') => "?s",
        _ when !char.IsLetter(token[0]) => "?sym",
        _ => "?",
    };

    /// <summary>Penn Treebank tags folded to the distinctions that matter to attribution (tense and number of verbs are kept, noun number is not).</summary>
    public static string Coarse(string tag) => tag switch
    {
        "NN" or "NNS" => "N",
        "NNP" or "NNPS" => "NNP",
        "VB" or "VBP" or "VBZ" => "V",
        "JJ" or "JJR" or "JJS" => "J",
        "RB" or "RBR" or "RBS" => "R",
        "PRP" or "PRP$" => "PRP",
        "WDT" or "WP" or "WP$" or "WRB" => "W",
        _ when tag.Length > 0 && !char.IsLetter(tag[0]) => "P",
        _ => tag,
    };

    /// <summary>
    /// Each lower-cased word seen at least <paramref name="minCount"/> times, with the coarse tags that make up at
    /// least <paramref name="minShare"/> of its uses, joined by "|" in a fixed order.
    /// </summary>
    public static IEnumerable<(string Word, string Class)> Build(IEnumerable<(string Word, string Tag)> tagged, int minCount = 2, double minShare = 0.1)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (word, tag) in tagged)
        {
            var key = word.ToLowerInvariant();
            if (!counts.TryGetValue(key, out var tags))
            {
                counts[key] = tags = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            var coarse = Coarse(tag);
            tags[coarse] = tags.GetValueOrDefault(coarse) + 1;
        }

        foreach (var (word, tags) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var total = tags.Values.Sum();
            if (total < minCount || word.Any(char.IsWhiteSpace) || char.IsDigit(word[0]))
            {
                continue;
            }

            var kept = tags.Where(t => t.Value >= minShare * total).Select(t => t.Key).Order(StringComparer.Ordinal);
            yield return (word, string.Join('|', kept));
        }
    }

    private static (Dictionary<ulong, ulong>, HashSet<ulong>, HashSet<ulong>, HashSet<ulong>, Dictionary<ulong, string[]>) Load()
    {
        var byWord = new Dictionary<ulong, ulong>();
        var tagsOf = new Dictionary<ulong, string[]>();
        var nouns = new HashSet<ulong>();
        var modifiers = new HashSet<ulong>();
        var premodifiers = new HashSet<ulong>();
        if (!typeof(WordClasses).Assembly.GetManifestResourceNames().Any(n => n.EndsWith("." + ResourceName, StringComparison.Ordinal)))
        {
            return (byWord, nouns, modifiers, premodifiers, tagsOf);
        }

        foreach (var (word, wordClass) in Lexicon.Load(ResourceName))
        {
            var hash = AttributionContext.LowerHash(word);
            var classHash = AttributionContext.LowerHash(wordClass);
            byWord[hash] = classHash;
            var tags = wordClass.Split('|');
            tagsOf.TryAdd(classHash, tags);
            if (tags.Any(t => t is "N" or "NNP"))
            {
                nouns.Add(hash);
            }

            if (tags.All(t => t is "N" or "NNP" or "J"))
            {
                modifiers.Add(hash);
            }

            if (tags.All(t => t is "N" or "NNP" or "J" or "R" or "VBN" or "VBG"))
            {
                premodifiers.Add(hash);
            }
        }

        return (byWord, nouns, modifiers, premodifiers, tagsOf);
    }
}
