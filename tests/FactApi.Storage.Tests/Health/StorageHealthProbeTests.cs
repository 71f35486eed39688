using Azure.Data.Tables;
using FactApi.Storage.Health;
using FactApi.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FactApi.Storage.Tests.Health;

public sealed class StorageHealthProbeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Storage_that_answers_is_healthy_even_before_any_table_exists()
    {
        var probe = CreateProbe(azurite.ConnectionString);

        var health = await probe.CheckAsync(CancellationToken.None);

        Assert.True(health.IsHealthy, health.Problem);
    }

    [Fact]
    public async Task Storage_that_does_not_answer_is_unhealthy_within_the_timeout_and_names_the_endpoint()
    {
        var closedPort = FreePorts.Take(1)[0];
        var probe = CreateProbe(azurite.ConnectionString.Replace($"127.0.0.1:{azurite.Server.TablePort}", $"127.0.0.1:{closedPort}", StringComparison.Ordinal));

        var health = await probe.CheckAsync(CancellationToken.None);

        Assert.False(health.IsHealthy);
        Assert.Contains($"127.0.0.1:{closedPort}", health.Problem, StringComparison.Ordinal);
    }

    private static StorageHealthProbe CreateProbe(string connectionString)
    {
        var connection = StorageConnection.FromConfiguration(
            new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create("AzureWebJobsStorage", (string?)connectionString)]).Build());
        var options = new StorageOptions { TablePrefix = TablePrefix.New(), HealthTimeoutSeconds = 2 };
        return new StorageHealthProbe(
            connection.CreateTableServiceClient(new TableClientOptions()), new TableNames(options.TablePrefix), connection, Options.Create(options));
    }
}
