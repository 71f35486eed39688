using Azure.Data.Tables;
using FactApi.Storage.Writing;
using FactApi.TestSupport;

namespace FactApi.Storage.Tests.Writing;

public sealed class DatasetVersionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task An_instance_sees_its_own_change_at_once_and_another_instances_change_within_the_freshness_window()
    {
        var tables = new TableServiceClient(azurite.ConnectionString);
        var names = new TableNames(TablePrefix.New());
        await tables.CreateTableIfNotExistsAsync(names.Meta);
        var reader = new DatasetVersion(tables, names);
        var other = new DatasetVersion(tables, names);
        Assert.Equal("0", await reader.CurrentAsync(CancellationToken.None));

        var own = await reader.BumpAsync(CancellationToken.None);
        Assert.Equal(own, await reader.CurrentAsync(CancellationToken.None));

        var elsewhere = await other.BumpAsync(CancellationToken.None);
        await Eventually.ReturnsAsync(
            async () => await reader.CurrentAsync(CancellationToken.None), v => v == elsewhere, DatasetVersion.FreshFor * 10, "the other instance's version");
    }
}
