using FactApi.Functions.Tests.Support;
using FactApi.TestSupport;
using Microsoft.Extensions.Options;

namespace FactApi.Functions.Tests.Composition;

public sealed class SettingsValidationTests
{
    // Validation runs before any storage call, so no emulator is needed: the account is never reached.
    private const string UnusedStorage = "UseDevelopmentStorage=true";

    [Fact]
    public void A_schedule_the_timer_cannot_use_stops_the_host_naming_the_setting()
    {
        var error = Assert.Throws<FactApi.DevHost.Discovery.DevHostStartupException>(() =>
            FactApiHost.Build(UnusedStorage, TablePrefix.New(), "--FactApi:RefreshSchedule=every half hour"));

        Assert.Contains("FactApi:RefreshSchedule", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--FactApi:HealthTimeoutSeconds=0", "FactApi:HealthTimeoutSeconds")]
    [InlineData("--FactApi:RefreshQueue=Not_A_Queue", "FactApi:RefreshQueue")]
    public async Task A_bad_setting_stops_start_up_with_a_message_naming_it(string setting, string name)
    {
        await using var app = FactApiHost.Build(UnusedStorage, TablePrefix.New(), setting, "--AzureWebJobsStorage=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_prefix_that_Table_Storage_rejects_stops_start_up()
    {
        await using var app = FactApiHost.Build("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;", "bad-prefix!");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("FactApi:TablePrefix", error.Message, StringComparison.Ordinal);
    }
}
