namespace FactApi.Core.Extraction.Actors;

/// <summary>Scores one token for the decoder; the trained model and the trainer's live weights both do.</summary>
internal interface ITagScorer
{
    /// <summary>The words the scorer has enough training memory of.</summary>
    Vocabulary Vocabulary { get; }

    /// <summary>
    /// Adds the weights of a token's features into <paramref name="scores"/> (<see cref="TagScores.Width"/> long, all
    /// zero): token features score each tag, transition features each (previous tag, tag) pair. <paramref name="word"/>
    /// says which leading token features depend on the word alone, so a fixed model may reuse their sum.
    /// </summary>
    void Score(ReadOnlySpan<uint> tokenFeatures, ReadOnlySpan<uint> transitionFeatures, in WordKey word, Span<float> scores);
}
