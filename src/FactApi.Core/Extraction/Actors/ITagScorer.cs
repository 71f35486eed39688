namespace FactApi.Core.Extraction.Actors;

/// <summary>Scores one token for the decoder; the trained model and the trainer's live weights both do.</summary>
internal interface ITagScorer
{
    /// <summary>The words the scorer has enough training memory of.</summary>
    Vocabulary Vocabulary { get; }

    /// <summary>
    /// Adds the weights of a token's features into <paramref name="scores"/> (<see cref="TagScores.Width"/> long):
    /// token features score each tag, transition features each (previous tag, tag) pair.
    /// </summary>
    void Score(ReadOnlySpan<uint> tokenFeatures, ReadOnlySpan<uint> transitionFeatures, Span<float> scores);
}
