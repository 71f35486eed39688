namespace FactApi.Core.Extraction.Actors;

/// <summary>The features of every token of one sentence, in reusable flat buffers (no allocation per token).</summary>
internal sealed class SentenceFeatures
{
    private uint[] tokenFeatures = new uint[NameFeatures.MaxTokenFeatures * 64];
    private uint[] transitionFeatures = new uint[NameFeatures.MaxTransitionFeatures * 64];
    private int[] tokenEnds = new int[65];
    private int[] transitionEnds = new int[65];

    public int Count { get; private set; }

    public void Reset()
    {
        Count = 0;
    }

    /// <summary>Makes room for the next token's features: write into both buffers, then call <see cref="Commit"/>.</summary>
    public void Grow()
    {
        var tokenStart = tokenEnds[Count];
        var transitionStart = transitionEnds[Count];
        if (Count + 2 > tokenEnds.Length)
        {
            Array.Resize(ref tokenEnds, tokenEnds.Length * 2);
            Array.Resize(ref transitionEnds, transitionEnds.Length * 2);
        }

        if (tokenStart + NameFeatures.MaxTokenFeatures > tokenFeatures.Length)
        {
            Array.Resize(ref tokenFeatures, tokenFeatures.Length * 2);
        }

        if (transitionStart + NameFeatures.MaxTransitionFeatures > transitionFeatures.Length)
        {
            Array.Resize(ref transitionFeatures, transitionFeatures.Length * 2);
        }

    }

    public Span<uint> NextToken => tokenFeatures.AsSpan(tokenEnds[Count], NameFeatures.MaxTokenFeatures);

    public Span<uint> NextTransition => transitionFeatures.AsSpan(transitionEnds[Count], NameFeatures.MaxTransitionFeatures);

    public void Commit(int tokenCount, int transitionCount)
    {
        tokenEnds[Count + 1] = tokenEnds[Count] + tokenCount;
        transitionEnds[Count + 1] = transitionEnds[Count] + transitionCount;
        Count++;
    }

    public ReadOnlySpan<uint> Token(int i) => tokenFeatures.AsSpan(tokenEnds[i], tokenEnds[i + 1] - tokenEnds[i]);

    public ReadOnlySpan<uint> Transition(int i) => transitionFeatures.AsSpan(transitionEnds[i], transitionEnds[i + 1] - transitionEnds[i]);
}
