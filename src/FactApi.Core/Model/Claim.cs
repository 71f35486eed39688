using System.Text.Json.Serialization;

namespace FactApi.Core.Model;

/// <summary>
/// Who said what: speaker, reporting verb, content, its numbers, and the sentence it came from.
/// <see cref="Mentioned"/>: the actors the sentence refers to other than the speaker, however it names them ("the
/// department" for the Department of Health named before), when extraction linked them.
/// </summary>
public sealed record Claim(
    string Id,
    Speaker Speaker,
    string Cue,
    string Content,
    QuoteForm Form,
    TemporalValue? SaidOn,
    string? Topic,
    IReadOnlyList<NumberMention> Numbers,
    Evidence Evidence,
    string? Rating = null,
    IReadOnlyList<string>? Mentioned = null);

/// <summary>The actor a claim is attributed to, and the words the text used for them.</summary>
public sealed record Speaker(string? ActorId, string Text);

public enum QuoteForm
{
    [JsonStringEnumMemberName("direct")]
    Direct,
    [JsonStringEnumMemberName("indirect")]
    Indirect,
}

/// <summary>A number in a claim: "more than 700 breaches" is 700, qualifier "more than", unit "breaches".</summary>
public sealed record NumberMention(decimal Value, string? Qualifier, string? Unit, string Text);
