namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// The feature templates of the name tagger. Each template hashes a few token properties (see
/// <see cref="TokenInfo"/>) with its own number into one feature id. Changing a template changes the
/// ids, so the model must be retrained: bump <see cref="Version"/>.
/// </summary>
internal static class NameFeatures
{
    /// <summary>Stored in the model file; a model trained on other templates is refused.</summary>
    public const int Version = 1;

    /// <summary>Upper bound on the number of features of one token.</summary>
    public const int MaxCount = 48;

    private static readonly TokenInfo Before = TokenInfo.From("<s>");
    private static readonly TokenInfo After = TokenInfo.From("</s>");
    private static readonly ulong QuoteWord = TokenInfo.From("\"").Word;

    /// <summary>Writes the features of token <paramref name="i"/> of a sentence into <paramref name="features"/> and returns their number.</summary>
    public static int Extract(
        ReadOnlySpan<TokenInfo> sentence, int i, int previousTag, int tagBeforeThat, bool upperSentence,
        DocumentContext document, Span<uint> features)
    {
        var n = 0;
        var t = sentence[i];
        var p1 = i > 0 ? sentence[i - 1] : Before;
        var p2 = i > 1 ? sentence[i - 2] : Before;
        var n1 = i + 1 < sentence.Length ? sentence[i + 1] : After;
        var n2 = i + 2 < sentence.Length ? sentence[i + 2] : After;
        ulong prev = (ulong)previousTag, prevPrev = (ulong)tagBeforeThat;
        ulong caseMode = upperSentence ? 1UL : 0UL;

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

        features[n++] = FeatureHash.Of(26, prev);
        features[n++] = FeatureHash.Of(27, prevPrev, prev);
        features[n++] = FeatureHash.Of(28, prev, t.Lower);
        features[n++] = FeatureHash.Of(29, prev, t.ShortShape);
        features[n++] = FeatureHash.Of(30, prev, p1.Lower);

        // Sentence position: a capital letter means little on the first word.
        var first = i == 0 || p1.Word == QuoteWord ? 1UL : 0UL;
        features[n++] = FeatureHash.Of(31, first, t.ShortShape, caseMode);
        features[n++] = FeatureHash.Of(32, (ulong)Math.Min(t.Length, 8), t.ShortShape);

        // Document context.
        if (t.IsCapitalised)
        {
            var lowerElsewhere = document.SeenInLowerCase(t.Lower) ? 1UL : 0UL;
            var capitalElsewhere = document.SeenCapitalisedMidSentence(t.Lower) ? 1UL : 0UL;
            features[n++] = FeatureHash.Of(33, lowerElsewhere, capitalElsewhere, first);
            var history = (ulong)document.MajorityLabel(t.Lower);
            features[n++] = FeatureHash.Of(34, history);
            features[n++] = FeatureHash.Of(35, history, prev);
        }

        if (upperSentence)
        {
            features[n++] = FeatureHash.Of(36, t.Lower);
        }

        return n;
    }

    private static void AddIfSet(Span<uint> features, ref int n, int template, ulong value)
    {
        if (value != 0)
        {
            features[n++] = FeatureHash.Of(template, value);
        }
    }
}
