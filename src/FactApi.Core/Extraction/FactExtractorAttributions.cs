using FactApi.Core.Extraction.Claims;

namespace FactApi.Core.Extraction;

/// <summary>The attribution spans behind the claims, for the PolNeAR evaluation (offsets, not claims).</summary>
public sealed partial class FactExtractor
{
    internal IReadOnlyList<Attribution> Attributions(ExtractionInput input) =>
        ClaimExtractor.Find(input.Text, Sentences(input).Sentences);
}
