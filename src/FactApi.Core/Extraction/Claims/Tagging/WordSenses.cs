using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>
/// A word's semantic field from WordNet: the lexicographer file of its commonest verb and noun sense ("criticize"
/// verb.communication, "spokeswoman" noun.person) and whether any of its verb senses is one of speech, thought,
/// feeling or perception. Most cues PolNeAR marks occur once ("bristled at", "chalks up"): the tagger cannot have
/// seen them, but it has seen many verbs of their field. Built by <c>factapi train word-senses</c>.
/// </summary>
internal static class WordSenses
{
    public const string ResourceName = "Claims.Resources.word-senses-wordnet.txt";

    private const string SuffixesName = "Claims.Resources.word-sense-suffixes.txt";

    /// <summary>Longest word looked up; longer tokens (URLs, compounds) get no sense.</summary>
    private const int MaxLength = 32;

    /// <summary>WordNet's lexicographer files that the claims read by number: noun.cognition, noun.communication, noun.feeling, verb.cognition, verb.communication, verb.emotion, verb.perception and verb.stative.</summary>
    public const int CognitionNouns = 9, CommunicationNouns = 10, FeelingNouns = 12, CognitionVerbs = 31, CommunicationVerbs = 32, EmotionVerbs = 37, PerceptionVerbs = 39, StativeVerbs = 42;

    /// <summary>WordNet's lexicographer files of verbs are numbered 29 (verb.body) to 43 (verb.weather), of nouns 3 (noun.Tops) to 28 (noun.time).</summary>
    private const int FirstVerbFile = 29;

    private static readonly Dictionary<ulong, ushort> Table = Load();

    private static readonly (string Suffix, string Replacement, bool Verb, bool Noun)[] Suffixes = LoadSuffixes();

    /// <summary>
    /// The packed sense of <paramref name="token"/> (0 when WordNet has none): bits 0-3 the verb file (1 =
    /// verb.body), bits 4-8 the noun file, bits 9-12 speech, thought, feeling, perception among its verb senses.
    /// An inflected form takes its lemma's senses by WordNet's own rules: its exception lists, then suffixes.
    /// </summary>
    public static ushort Of(ReadOnlySpan<char> token) => Of(token, AttributionContext.LowerHash(token));

    /// <inheritdoc cref="Of(ReadOnlySpan{char})"/>
    /// <param name="lowerHash">The token's <see cref="AttributionContext.LowerHash"/>, which the tagger's context has already.</param>
    public static ushort Of(ReadOnlySpan<char> token, ulong lowerHash)
    {
        if (token.IsEmpty || token.Length > MaxLength || !char.IsLetter(token[0]))
        {
            return 0;
        }

        // A word's sense depends on its lower-case form alone, and news repeats its words: the last sense found for each
        // slot of a small per-thread table spares the lookups and suffix rules a word not stored as written needs.
        var memo = Memo ??= new MemoSlot[MemoSize];
        ref var slot = ref memo[(int)(lowerHash & (MemoSize - 1))];
        if (slot.Hash == lowerHash && lowerHash != 0)
        {
            return slot.Sense;
        }

        var sense = Lookup(token, lowerHash);
        slot = new MemoSlot(lowerHash, sense);
        return sense;
    }

    private const int MemoSize = 4096;

    [ThreadStatic]
    private static MemoSlot[]? Memo;

    private readonly record struct MemoSlot(ulong Hash, ushort Sense);

    private static ushort Lookup(ReadOnlySpan<char> token, ulong lowerHash)
    {
        // A form can be a lemma of one part of speech and an inflection of another: "saying" is a noun (a proverb)
        // and the verb "say", so the rules still run for the part its own entry lacks.
        ushort verb = 0, noun = 0;
        if (Table.TryGetValue(lowerHash, out var exact))
        {
            (verb, noun) = ((ushort)(exact & 0x1E0F), (ushort)(exact & 0x01F0));
            if (verb != 0 && noun != 0)
            {
                return exact;
            }
        }

        Span<char> word = stackalloc char[MaxLength + 4];
        for (var i = 0; i < token.Length; i++)
        {
            word[i] = char.ToLowerInvariant(token[i]) switch { '\u2019' => '\'', var c => c };
        }

        foreach (var (suffix, replacement, isVerb, isNoun) in Suffixes)
        {
            if ((verb != 0 || !isVerb) && (noun != 0 || !isNoun))
            {
                continue;
            }

            var stem = token.Length - suffix.Length;
            if (stem < 2 || !word[..token.Length].EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            replacement.CopyTo(word[stem..]);
            var found = Table.TryGetValue(AttributionContext.LowerHash(word[..(stem + replacement.Length)]), out var lemma);
            suffix.CopyTo(word[stem..]);
            if (!found)
            {
                continue;
            }

            if (isVerb && verb == 0)
            {
                verb = (ushort)(lemma & 0x1E0F);
            }

            if (isNoun && noun == 0)
            {
                noun = (ushort)(lemma & 0x01F0);
            }
        }

        return (ushort)(verb | noun);
    }

    /// <summary>The verb and noun file without the speech bits: what a word is mostly about.</summary>
    public static ulong Field(ushort sense) => (ulong)(sense & 0x01FF);

    /// <summary>The speech, thought, feeling and perception bits alone, with whether the word has a verb sense at all.</summary>
    public static ulong Speech(ushort sense) => (ulong)((sense >> 9) | ((sense & 0x000F) == 0 ? 0 : 0x10));

    /// <summary>The lexicographer file of the word's commonest verb sense (32 for verb.communication), 0 when it has none.</summary>
    public static int VerbFile(ushort sense) => (sense & 0x000F) == 0 ? 0 : (sense & 0x000F) + FirstVerbFile - 1;

    /// <summary>The lexicographer file of the word's commonest noun sense (10 for noun.communication), 0 when it has none.</summary>
    public static int NounFile(ushort sense) => (sense >> 4) & 0x1F;

    /// <summary>
    /// Each single-word lemma of WordNet with its packed sense, then each exception form ("said", "spokesmen") with
    /// its lemma's, from the dictionary's index, data and exception files. Lines are passed in; nothing is read here.
    /// </summary>
    public static IEnumerable<(string Word, string Sense)> Build(
        IEnumerable<string> verbIndex, IEnumerable<string> verbData, IEnumerable<string> nounIndex, IEnumerable<string> nounData,
        IEnumerable<string> verbExceptions, IEnumerable<string> nounExceptions)
    {
        var verbs = Senses(verbIndex, Files(verbData));
        var nouns = Senses(nounIndex, Files(nounData));
        var entries = new SortedDictionary<string, (int Verb, int Noun, string Speech)>(StringComparer.Ordinal);
        foreach (var (word, files) in verbs)
        {
            entries[word] = (files[0], 0, SpeechLetters(files));
        }

        foreach (var (word, files) in nouns)
        {
            var entry = entries.GetValueOrDefault(word, (Verb: 0, Noun: 0, Speech: ""));
            entries[word] = entry with { Noun = files[0] };
        }

        foreach (var (form, lemma) in Exceptions(verbExceptions))
        {
            if (verbs.TryGetValue(lemma, out var files))
            {
                var entry = entries.GetValueOrDefault(form, (Verb: 0, Noun: 0, Speech: ""));
                entries[form] = entry.Verb != 0 ? entry : entry with { Verb = files[0], Speech = SpeechLetters(files) };
            }
        }

        foreach (var (form, lemma) in Exceptions(nounExceptions))
        {
            if (nouns.TryGetValue(lemma, out var files))
            {
                var entry = entries.GetValueOrDefault(form, (Verb: 0, Noun: 0, Speech: ""));
                entries[form] = entry.Noun != 0 ? entry : entry with { Noun = files[0] };
            }
        }

        foreach (var (word, (verb, noun, speech)) in entries)
        {
            yield return (word, $"{(verb == 0 ? "-" : verb)} {(noun == 0 ? "-" : noun)} {(speech.Length == 0 ? "-" : speech)}");
        }
    }

    /// <summary>Parses a sense written by <see cref="Build"/> ("32 10 cg") into its packed form.</summary>
    public static ushort Parse(string sense)
    {
        var parts = sense.Split(' ');
        var verb = parts[0] == "-" ? 0 : int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) - FirstVerbFile + 1;
        var noun = parts[1] == "-" ? 0 : int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        var speech = 0;
        foreach (var letter in parts[2])
        {
            speech |= letter switch { 'c' => 1, 'g' => 2, 'e' => 4, 'p' => 8, _ => 0 };
        }

        return (ushort)(verb | (noun << 4) | (speech << 9));
    }

    private static string SpeechLetters(IReadOnlyList<int> files) => string.Concat(
        files.Contains(CommunicationVerbs) ? "c" : "",
        files.Contains(CognitionVerbs) ? "g" : "",
        files.Contains(EmotionVerbs) ? "e" : "",
        files.Contains(PerceptionVerbs) ? "p" : "");

    /// <summary>Synset offset to lexicographer file, from a data file's lines ("00826509 32 v ...").</summary>
    private static Dictionary<string, int> Files(IEnumerable<string> data)
    {
        var files = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in data)
        {
            if (line.Length < 12 || line[0] == ' ' || !char.IsDigit(line[0]))
            {
                continue;
            }

            var parts = line.Split(' ', 3);
            files[parts[0]] = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        return files;
    }

    /// <summary>Each single-word lemma of an index file with the files of its synsets, commonest sense first.</summary>
    private static Dictionary<string, List<int>> Senses(IEnumerable<string> index, Dictionary<string, int> files)
    {
        var senses = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var line in index)
        {
            if (line.Length == 0 || line[0] == ' ')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!IsPlainWord(parts[0]))
            {
                continue;
            }

            var synsets = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            var list = parts[^synsets..].Select(offset => files.GetValueOrDefault(offset)).Where(f => f > 0).ToList();
            if (list.Count > 0)
            {
                senses[parts[0]] = list;
            }
        }

        return senses;
    }

    private static IEnumerable<(string Form, string Lemma)> Exceptions(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && IsPlainWord(parts[0]))
            {
                yield return (parts[0], parts[1]);
            }
        }
    }

    private static bool IsPlainWord(string word) => word.Length is > 1 and <= MaxLength && word.All(c => c is (>= 'a' and <= 'z') or '-' or '\'');

    private static Dictionary<ulong, ushort> Load()
    {
        var table = new Dictionary<ulong, ushort>();
        if (!typeof(WordSenses).Assembly.GetManifestResourceNames().Any(n => n.EndsWith("." + ResourceName, StringComparison.Ordinal)))
        {
            return table;
        }

        foreach (var line in EmbeddedData.DataLines(ResourceName))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            table[AttributionContext.LowerHash(line.AsSpan(0, tab))] = Parse(line[(tab + 1)..]);
        }

        return table;
    }

    private static (string, string, bool, bool)[] LoadSuffixes() =>
        [.. EmbeddedData.DataLines(SuffixesName).Select(line =>
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var replacement = parts[1] == "-" ? "" : parts[1];
            return (parts[0], replacement, parts[2].Contains('v', StringComparison.Ordinal), parts[2].Contains('n', StringComparison.Ordinal));
        })];
}
