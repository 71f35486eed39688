using FactApi.Core.Model;

namespace FactApi.Core.Facts;

/// <summary>Where the refresh puts facts; implemented over Table Storage, so ingestion needs no Azure types.</summary>
public interface IFactStore
{
    Task<Source?> GetSourceAsync(string id, CancellationToken cancellationToken);

    /// <summary>Replaces one source's facts as a set; an identical set writes nothing.</summary>
    Task<SourceWriteResult> WriteAsync(FactSet set, CancellationToken cancellationToken);

    /// <summary>Records a fetch (failed, not modified, or new validators) without touching facts.</summary>
    Task RecordFetchAsync(Source source, CancellationToken cancellationToken);

    Task WriteActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken);

    Task<bool> IsEmptyAsync(CancellationToken cancellationToken);
}
