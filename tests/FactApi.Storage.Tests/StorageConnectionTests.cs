using Microsoft.Extensions.Configuration;

namespace FactApi.Storage.Tests;

public sealed class StorageConnectionTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void Development_storage_is_recognised_and_points_at_the_emulator_ports()
    {
        var connection = StorageConnection.FromConfiguration(Settings(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));

        Assert.True(connection.IsDevelopmentStorage);
        Assert.Equal(10002, connection.TableEndpoint!.Port);
        Assert.Equal(10000, connection.BlobEndpoint!.Port);
    }

    [Fact]
    public void Identity_based_settings_give_the_account_endpoints_without_a_key()
    {
        var connection = StorageConnection.FromConfiguration(Settings(
            ("AzureWebJobsStorage:accountName", "factapidata"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000001")));

        Assert.False(connection.IsDevelopmentStorage);
        Assert.Equal(new Uri("https://factapidata.table.core.windows.net"), connection.TableEndpoint);
        Assert.Equal(new Uri("https://factapidata.queue.core.windows.net"), connection.QueueEndpoint);
        Assert.Equal("https://factapidata.table.core.windows.net/", connection.DescribeTableEndpoint());
    }

    [Fact]
    public void An_explicit_service_uri_wins_over_the_account_name()
    {
        var connection = StorageConnection.FromConfiguration(Settings(
            ("AzureWebJobsStorage:accountName", "factapidata"),
            ("AzureWebJobsStorage:tableServiceUri", "https://tables.example.test/")));

        Assert.Equal(new Uri("https://tables.example.test/"), connection.TableEndpoint);
    }

    [Fact]
    public void A_missing_setting_is_named_in_the_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.FromConfiguration(Settings()));

        Assert.Contains("AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
    }
}
