namespace FactApi.Core.Extraction.Actors;

/// <summary>Scores every tag for one token's features; the trained model and the trainer's live weights both do.</summary>
internal interface ITagScorer
{
    /// <summary>Adds each feature's weight for each tag into <paramref name="scores"/> (length <see cref="BiluoTags.Count"/>).</summary>
    void Score(ReadOnlySpan<uint> features, Span<float> scores);
}
