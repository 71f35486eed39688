namespace FactApi.Cli.Evaluation.Brat;

/// <summary>An annotated or predicted span: its role (Source, Cue, Content) and its fragments [start, end).</summary>
internal sealed record BratSpan(string Role, IReadOnlyList<(int Start, int End)> Fragments)
{
    public bool SameExtent(BratSpan other) => Fragments.SequenceEqual(other.Fragments);

    public bool Overlaps(BratSpan other) =>
        Fragments.Any(a => other.Fragments.Any(b => a.Start < b.End && b.Start < a.End));
}
