namespace FactApi.Core.Facts;

/// <summary>What replacing a source's facts did: nothing at all, or facts added and removed.</summary>
public sealed record SourceWriteResult(bool Changed, int Added, int Removed)
{
    public static SourceWriteResult Unchanged { get; } = new(false, 0, 0);
}
