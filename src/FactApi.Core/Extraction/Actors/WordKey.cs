namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Identifies the word-only features of a token: the first <see cref="Features"/> token features, which
/// depend on nothing but the word and whether its sentence is all capitals (see <see cref="NameFeatures"/>).
/// Their summed scores are the same wherever the word occurs, so the model can remember them per word.
/// The word is known by two independent 64-bit hashes of its characters.
/// </summary>
internal readonly record struct WordKey(ulong Word, ulong Lower, bool UpperSentence, int Features);
