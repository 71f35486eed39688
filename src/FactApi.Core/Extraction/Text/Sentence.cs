namespace FactApi.Core.Extraction.Text;

/// <summary>A sentence as a character range and the run of tokens it covers.</summary>
/// <param name="Start">Offset of the first character of the first token.</param>
/// <param name="End">Offset just past the last token.</param>
/// <param name="FirstToken">Index of the first token in the document's token list.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount);
