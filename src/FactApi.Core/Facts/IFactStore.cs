using FactApi.Core.Model;

namespace FactApi.Core.Facts;

/// <summary>Where the refresh puts facts; implemented over Table Storage, so ingestion needs no Azure types.</summary>
public interface IFactStore
{
    Task<Source?> GetSourceAsync(string id, CancellationToken cancellationToken);

    /// <summary>Replaces one source's facts as a set; an identical set writes nothing.</summary>
    Task<SourceWriteResult> WriteAsync(FactSet set, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the facts of several sources, each as a set, in one write: the same entities as writing them one by
    /// one, with each partition written in full batches and shared counts and disputes brought up to date once.
    /// </summary>
    Task<SourceWriteResult> WriteAsync(IReadOnlyList<FactSet> sets, CancellationToken cancellationToken);

    /// <summary>Records a fetch (failed, not modified, or new validators) without touching facts.</summary>
    Task RecordFetchAsync(Source source, CancellationToken cancellationToken);

    Task WriteActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken);

    Task<bool> IsEmptyAsync(CancellationToken cancellationToken);
}
