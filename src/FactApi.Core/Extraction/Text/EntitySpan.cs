namespace FactApi.Core.Extraction.Text;

/// <summary>A labelled run of tokens (a name, a date...) that a pipeline stage found in a document.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="TokenCount">Number of tokens covered.</param>
/// <param name="Label">Label such as PER, ORG, LOC or MISC; a string so that any stage can add its own kinds.</param>
public readonly record struct EntitySpan(int Start, int End, int FirstToken, int TokenCount, string Label);
