using FactApi.Core.Extraction.Claims;
using FactApi.Core.Extraction.Claims.Tagging;

namespace FactApi.Core.Extraction;

/// <summary>The attribution spans behind the claims, for the PolNeAR evaluation and training (offsets, not claims).</summary>
public sealed partial class FactExtractor
{
    internal IReadOnlyList<Attribution> Attributions(ExtractionInput input)
    {
        var (sentences, tokens, _, _, _) = Sentences(input);
        return ClaimExtractor.Find(input.Text, sentences, tokens);
    }

    /// <summary>The tagger's input for an article: tokens, names, quotations and the rule-based finder's spans.</summary>
    internal AttributionContext AttributionContext(ExtractionInput input)
    {
        var (sentences, tokens, _, _, _) = Sentences(input);
        return ClaimExtractor.Context(input.Text, sentences, tokens);
    }
}
