namespace FactApi.Storage;

/// <summary>Every table name FactApi uses, derived from <see cref="StorageOptions.TablePrefix"/>.</summary>
public sealed class TableNames(string prefix)
{
    public string Meta { get; } = prefix + "meta";
}
