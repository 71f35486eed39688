using FactApi.Core.Extraction.Actors;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Claims;

/// <summary>A character range [Start, End) of the article text.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>Whether the two share at least one character (an empty span shares none).</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End && Length > 0 && other.Length > 0;
}

/// <summary>
/// One attribution found in the text, before it becomes a <see cref="Claim"/>: who (the speaker phrase, and the
/// actor behind it when one is known), the cue, and the content.
/// Offsets are absolute so an evaluation can compare them with annotated spans. A <see cref="Source"/> of length 0 (at
/// the cue) means the text names no speaker; such an attribution has no <see cref="Speaker"/> and gives no claim.
/// </summary>
internal sealed record Attribution(
    SentenceView Sentence,
    TextSpan Source,
    ActorMention? Speaker,
    TextSpan Cue,
    TextSpan Content,
    QuoteForm Form);
