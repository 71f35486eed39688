namespace FactApi.TestSupport;

/// <summary>A table prefix no other test uses, so tests sharing one Azurite never share tables by accident.</summary>
public static class TablePrefix
{
    public static string New() => "t" + Guid.NewGuid().ToString("N")[..12];
}
