namespace FactApi.Core.Extraction.Actors;

/// <summary>A name as a run of tokens within one sentence.</summary>
/// <param name="FirstToken">Index of the first token in the sentence.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="Label">One of <see cref="NameLabels"/>.</param>
public readonly record struct NameSpan(int FirstToken, int TokenCount, string Label)
{
    /// <summary>Index just past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
