namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// The feature templates of the name tagger. Each template hashes a few token properties (see
/// <see cref="TokenInfo"/>) with its own number into one feature id. "Token" features score the tags of
/// one token; "transition" features score (previous tag, tag) pairs, which Viterbi decoding needs.
/// Changing a template changes the ids, so the model must be retrained: bump <see cref="Version"/>.
/// </summary>
internal static class NameFeatures
{
    /// <summary>Stored in the model file; a model trained on other templates is refused.</summary>
    public const int Version = 4;

    /// <summary>Upper bound on the number of token features of one token.</summary>
    public const int MaxTokenFeatures = 48;

    /// <summary>Upper bound on the number of transition features of one token.</summary>
    public const int MaxTransitionFeatures = 8;

    /// <summary>The constant transition feature, always the first transition feature of a token.</summary>
    public static readonly uint TransitionBias = FeatureHash.Of(26, 0);

    private static readonly TokenInfo Before = TokenInfo.From("<s>");
    private static readonly TokenInfo After = TokenInfo.From("</s>");
    private static readonly ulong QuoteWord = TokenInfo.From("\"").Word;

    /// <summary>
    /// Writes the features of token <paramref name="i"/>; <paramref name="run"/> is the run of capitalised
    /// tokens around it (start, end exclusive), empty if the token is not capitalised.
    /// </summary>
    public static (int Token, int Transition) Extract(
        ReadOnlySpan<TokenInfo> sentence, int i, (int Start, int End) run, bool upperSentence,
        DocumentContext document, Span<uint> features, Span<uint> transitions)
    {
        var n = 0;
        var t = sentence[i];
        var p1 = i > 0 ? sentence[i - 1] : Before;
        var p2 = i > 1 ? sentence[i - 2] : Before;
        var n1 = i + 1 < sentence.Length ? sentence[i + 1] : After;
        var n2 = i + 2 < sentence.Length ? sentence[i + 2] : After;
        ulong caseMode = upperSentence ? 1UL : 0UL;

        // Templates 0 to 10 depend on the word and case mode only and must come first (see WordFeatureCount).
        features[n++] = FeatureHash.Of(0, 0);
        features[n++] = FeatureHash.Of(1, t.Lower);
        features[n++] = FeatureHash.Of(2, t.Word, caseMode);
        features[n++] = FeatureHash.Of(3, t.Shape, caseMode);
        features[n++] = FeatureHash.Of(4, t.ShortShape, caseMode);
        AddIfSet(features, ref n, 5, t.Prefix2);
        AddIfSet(features, ref n, 6, t.Prefix3);
        AddIfSet(features, ref n, 7, t.Prefix4);
        AddIfSet(features, ref n, 8, t.Suffix2);
        AddIfSet(features, ref n, 9, t.Suffix3);
        AddIfSet(features, ref n, 10, t.Suffix4);

        features[n++] = FeatureHash.Of(11, p1.Lower);
        features[n++] = FeatureHash.Of(12, n1.Lower);
        features[n++] = FeatureHash.Of(13, p2.Lower);
        features[n++] = FeatureHash.Of(14, n2.Lower);
        features[n++] = FeatureHash.Of(15, p1.ShortShape, caseMode);
        features[n++] = FeatureHash.Of(16, n1.ShortShape, caseMode);
        features[n++] = FeatureHash.Of(17, p1.ShortShape, t.ShortShape, n1.ShortShape);
        features[n++] = FeatureHash.Of(18, p1.Lower, t.Lower);
        features[n++] = FeatureHash.Of(19, t.Lower, n1.Lower);
        features[n++] = FeatureHash.Of(20, p1.Lower, t.ShortShape);
        features[n++] = FeatureHash.Of(21, t.ShortShape, n1.Lower);
        features[n++] = FeatureHash.Of(22, n1.Lower, n2.Lower);
        features[n++] = FeatureHash.Of(23, p2.Lower, p1.Lower);
        AddIfSet(features, ref n, 24, n1.Suffix3);
        AddIfSet(features, ref n, 25, p1.Suffix3);

        // Sentence position: a capital letter means little on the first word.
        var first = i == 0 || p1.Word == QuoteWord ? 1UL : 0UL;
        features[n++] = FeatureHash.Of(31, first, t.ShortShape, caseMode);
        features[n++] = FeatureHash.Of(32, (ulong)Math.Min(t.Length, 8), t.ShortShape);

        var history = 0UL;
        if (t.IsCapitalised)
        {
            // Document context.
            var lowerElsewhere = document.SeenInLowerCase(t.Lower) ? 1UL : 0UL;
            var capitalElsewhere = document.SeenCapitalisedMidSentence(t.Lower) ? 1UL : 0UL;
            features[n++] = FeatureHash.Of(33, lowerElsewhere, capitalElsewhere, first);
            history = (ulong)document.MajorityLabel(t.Lower);
            features[n++] = FeatureHash.Of(34, history);

            // The run of capitalised words this one belongs to: its length, this word's place in it, and
            // the words that end, follow and precede it ("... Pharmaceuticals Inc", "... said", "President ...").
            var length = run.End - run.Start;
            features[n++] = FeatureHash.Of(37, (ulong)Math.Min(length, 5), (ulong)Math.Min(i - run.Start, 3), run.End - 1 == i ? 1UL : 0UL);
            if (run.End - 1 > i)
            {
                features[n++] = FeatureHash.Of(38, sentence[run.End - 1].Lower);
            }

            features[n++] = FeatureHash.Of(39, run.End < sentence.Length ? sentence[run.End].Lower : After.Lower);
            features[n++] = FeatureHash.Of(40, run.Start > 0 ? sentence[run.Start - 1].Lower : Before.Lower);
            // Unknown capitalised words: the model cannot rely on memory, so let position and context speak.
            var rare = document.IsRare(t.Lower) ? 1UL : 0UL;
            features[n++] = FeatureHash.Of(42, rare, first, t.ShortShape);
            features[n++] = FeatureHash.Of(43, rare, n1.Lower);
            features[n++] = FeatureHash.Of(44, rare, p1.Lower);

            var longerEnd = document.LongerNameEnd(t.Lower);
            if (longerEnd != 0)
            {
                features[n++] = FeatureHash.Of(41, longerEnd);
            }
        }

        if (upperSentence)
        {
            features[n++] = FeatureHash.Of(36, t.Lower);
        }

        var m = 0;
        transitions[m++] = TransitionBias;
        transitions[m++] = FeatureHash.Of(28, t.Lower);
        transitions[m++] = FeatureHash.Of(29, t.ShortShape, caseMode);
        transitions[m++] = FeatureHash.Of(30, p1.Lower);
        transitions[m++] = FeatureHash.Of(35, history);
        return (n, m);
    }

    /// <summary>
    /// How many of the token features <see cref="Extract"/> writes first depend on the word and case mode alone
    /// (templates 0 to 10): the bias, word forms, shapes and the affixes the word has.
    /// </summary>
    public static int WordFeatureCount(in TokenInfo t) =>
        5 + (t.Prefix2 != 0 ? 1 : 0) + (t.Prefix3 != 0 ? 1 : 0) + (t.Prefix4 != 0 ? 1 : 0)
        + (t.Suffix2 != 0 ? 1 : 0) + (t.Suffix3 != 0 ? 1 : 0) + (t.Suffix4 != 0 ? 1 : 0);

    private static void AddIfSet(Span<uint> features, ref int n, int template, ulong value)
    {
        if (value != 0)
        {
            features[n++] = FeatureHash.Of(template, value);
        }
    }
}
