using FactApi.Core.Facts;

namespace FactApi.Storage.Writing;

/// <summary>
/// Many sources written as one load (a synthetic store, an import): the same path as <see cref="WriteAsync(FactSet, CancellationToken)"/>,
/// with progress, so the same entities result however the sources are grouped.
/// </summary>
public sealed partial class FactWriter
{
    public async Task<ManyWriteResult> WriteManyAsync(IReadOnlyList<FactSet> sets, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var written = await RecreatingTablesAsync(() => WriteSetsAsync(sets, progress, cancellationToken));
        return new ManyWriteResult(written.Sources, written.Entities, written.Removed);
    }
}

/// <summary>What a load did: sources whose facts changed, entities written, facts removed.</summary>
public sealed record ManyWriteResult(int Sources, int Entities, int Removed);
