namespace FactApi.Storage;

/// <summary>Every table name FactApi uses, derived from <see cref="StorageOptions.TablePrefix"/>.</summary>
public sealed class TableNames(string prefix)
{
    public string Meta { get; } = prefix + "meta";

    public string Actors { get; } = prefix + "actors";

    public string Claims { get; } = prefix + "claims";

    public string Events { get; } = prefix + "events";

    public string Sources { get; } = prefix + "sources";

    public string Runs { get; } = prefix + "runs";

    /// <summary>Small per-source contributions (actor counts, topic sides) that counts and disputes are recomputed from.</summary>
    public string Tallies { get; } = prefix + "tallies";

    /// <summary>Blob container of source texts (container names are lowercase).</summary>
    public string TextsContainer { get; } = prefix.ToLowerInvariant() + "-texts";

    /// <summary>Blob container of the per-source refresh leases.</summary>
    public string LeasesContainer { get; } = prefix.ToLowerInvariant() + "-leases";

    public IEnumerable<string> All => [Meta, Actors, Claims, Events, Sources, Runs, Tallies];
}
