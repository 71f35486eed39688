using FactApi.Core.Extraction.Claims.Tagging;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// Whether a cue reports speech or thought, which is what a claim is. PolNeAR, which the tagger learnt from, marks
/// any predicate that frames someone's stance ("has assumed a role", "imposed sweeping sanctions"). A claim needs a
/// quotation, a layout mark (a signature's dash, a transcript's colon), or a cue whose head, its first word past
/// auxiliaries, adverbs, copulas and light verbs ("made a strong condemnation of"), is a reporting cue of the
/// lexicon, a verb news uses for saying ("slammed"), a verb whose commonest WordNet sense is one of communication,
/// cognition, feeling or perception ("warned", "believes", "fears", "polls show"), or a noun of communication,
/// thought or feeling with no verb sense ("the announcement", "misgivings"). A cue that names ("known as",
/// "dubbed") makes no claim, nor does a passive one ("was asked", "is believed", "was found"), whose subject is not
/// who spoke, unless it is a state of mind ("is convinced", "was pleased").
/// </summary>
internal static class SpeechCues
{
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Heads = Lexicon.LoadForSpans("Claims.Resources.speech-heads.txt");

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LightVerbs = Lexicon.LoadForSpans("Claims.Resources.light-verbs.txt");

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Lexicon.LoadForSpans("Claims.Resources.cue-auxiliaries.txt");

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Passives = Lexicon.LoadForSpans("Claims.Resources.passive-auxiliaries.txt");

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> IrregularParticiples = Lexicon.LoadForSpans("Claims.Resources.irregular-participles.txt");

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> States = Lexicon.LoadForSpans("Claims.Resources.state-participles.txt");

    private static readonly string[] Naming = [.. Lexicon.Load("Claims.Resources.naming-cues.txt").Keys];

    private static readonly ulong Adverb = AttributionContext.LowerHash("R");

    private static readonly ulong UnknownAdverb = AttributionContext.LowerHash("?ly");

    public static bool Reports(ReadOnlySpan<char> cue, QuoteForm form)
    {
        var whole = cue.Trim();
        if (IsNaming(whole))
        {
            return false;
        }

        if (form == QuoteForm.Direct || CueFinder.KindOf(whole) is not null)
        {
            return true;
        }

        var (letters, head) = (false, true);
        var previous = ReadOnlySpan<char>.Empty;
        var start = -1;
        for (var i = 0; i <= cue.Length; i++)
        {
            var inWord = i < cue.Length && (char.IsLetter(cue[i]) || (start >= 0 && cue[i] is '\'' or '\u2019' or '-'));
            letters |= i < cue.Length && char.IsLetter(cue[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = cue[start..i];
                start = -1;

                // "has been asked", "was found clinging", "is said to": the subject of a passive is whom it was
                // done to or said of, not who said it, unless the passive is a state of mind ("is convinced").
                if (head && Passives.ContainsKey(previous) && IsPassiveHead(word))
                {
                    head = false;
                    previous = word;
                    continue;
                }

                if (CueFinder.KindOf(word) is not null || Heads.ContainsKey(word))
                {
                    return true;
                }

                var sense = WordSenses.Of(word);

                // "is convinced", "seems to believe", "made a strong condemnation": a copula or light verb before the
                // word that says what the cue is.
                if (sense == 0 || Auxiliaries.ContainsKey(word) || IsAdverb(word) || ((WordSenses.VerbFile(sense) == WordSenses.StativeVerbs || LightVerbs.ContainsKey(word)) && i < cue.Length))
                {
                    previous = word;
                    continue;
                }

                // Past the head, a verb of saying the head leads to counts too: "took to Twitter to accuse",
                // "started off by emphasizing"; a noun ("imposed new sanctions") does not.
                if (head ? IsSpeech(sense) : IsVerbForm(word, previous) && WordSenses.VerbFile(sense) is WordSenses.CognitionVerbs or WordSenses.CommunicationVerbs)
                {
                    return true;
                }

                head = false;
                previous = word;
            }
        }

        return !letters;
    }

    /// <summary>
    /// A stricter test for a cue whose source no actor vouches for: a verb of saying in the active voice, finite —
    /// a lexicon cue or a verb of communication or thought ending in -ed or -s ("said", "cautioned", "warns") — with
    /// no infinitive ("to discuss"), passive ("is expected", "has been endorsed") or noun head ("statement about").
    /// </summary>
    public static bool ReportsActively(ReadOnlySpan<char> cue, QuoteForm form)
    {
        if (!Reports(cue, form))
        {
            return false;
        }

        // "according to police": a cue whose complement is its speaker has no voice to be passive in.
        if (form == QuoteForm.Direct || CueFinder.KindOf(cue.Trim(",;: ")) == "source")
        {
            return true;
        }

        var finite = false;
        var previous = ReadOnlySpan<char>.Empty;
        var first = true;
        foreach (var range in cue.Split(' '))
        {
            var word = cue[range].Trim(",;:");
            if (word.IsEmpty)
            {
                continue;
            }

            if ((first && word.Equals("to", StringComparison.OrdinalIgnoreCase))
                || (Passives.TryGetValue(word, out var always) && always == "always")
                || (Passives.TryGetValue(previous, out var before) && before == "participle" && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            var sense = WordSenses.Of(word);
            // A participle ("calling", "saying") hangs on a clause before it, whose subject the source rarely is.
            finite |= (CueFinder.KindOf(word) is not null && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                || ((word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith('s')) && WordSenses.VerbFile(sense) is WordSenses.CognitionVerbs or WordSenses.CommunicationVerbs);
            previous = word;
            first = false;
        }

        return finite;
    }

    private static bool IsPassiveHead(ReadOnlySpan<char> word) =>
        (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase) || word.EndsWith("wn", StringComparison.OrdinalIgnoreCase) || IrregularParticiples.ContainsKey(word))
        && !States.ContainsKey(word) && WordSenses.VerbFile(WordSenses.Of(word)) != WordSenses.EmotionVerbs;

    private static bool IsVerbForm(ReadOnlySpan<char> word, ReadOnlySpan<char> previous) =>
        word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || previous.Equals("to", StringComparison.OrdinalIgnoreCase);

    private static bool IsNaming(ReadOnlySpan<char> cue)
    {
        foreach (var naming in Naming)
        {
            if (cue.EndsWith(naming, StringComparison.OrdinalIgnoreCase) && (cue.Length == naming.Length || cue[^(naming.Length + 1)] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAdverb(ReadOnlySpan<char> word) =>
        WordClasses.Of(word, AttributionContext.LowerHash(word)) is var wordClass && (wordClass == Adverb || wordClass == UnknownAdverb);

    private static bool IsSpeech(ushort sense) => WordSenses.VerbFile(sense) switch
    {
        0 => WordSenses.NounFile(sense) is WordSenses.CognitionNouns or WordSenses.CommunicationNouns or WordSenses.FeelingNouns,
        var verb => verb is WordSenses.CognitionVerbs or WordSenses.CommunicationVerbs or WordSenses.EmotionVerbs or WordSenses.PerceptionVerbs,
    };
}
