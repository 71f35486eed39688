namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Layout of one token's score vector: first one score per tag, then one per (previous tag, tag) pair.
/// Model weights are indexed the same way, so scoring is one add per stored weight.
/// </summary>
internal static class TagScores
{
    public const int Tags = BiluoTags.Count;
    public const int Width = Tags + (Tags * Tags);

    public static int Token(int tag) => tag;

    public static int Transition(int previous, int tag) => Tags + (previous * Tags) + tag;
}
