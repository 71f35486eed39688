namespace FactApi.Core.Extraction.Actors;

/// <summary>A training sentence: its tokens and the gold names among them.</summary>
public sealed record LabelledSentence(IReadOnlyList<string> Tokens, IReadOnlyList<NameSpan> Names);
