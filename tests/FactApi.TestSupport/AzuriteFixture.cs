namespace FactApi.TestSupport;

/// <summary>
/// One Azurite for a test class or collection (xunit fixture), started before its first test and stopped after
/// its last. Tests inside it keep apart by table prefix (<see cref="TablePrefix"/>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteServer Server { get; } = new();

    public string ConnectionString => Server.ConnectionString;

    public Task InitializeAsync() => Server.StartAsync();

    public Task DisposeAsync() => Server.StopAsync();
}
