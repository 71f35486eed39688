using Azure.Data.Tables;
using FactApi.Storage;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Refresh;

/// <summary>Storage disappears in the middle of a refresh; once it is back, a rerun converges to the same facts.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("factapi-azurite-").FullName;
    private AzuriteServer azurite = null!;

    public async Task InitializeAsync()
    {
        azurite = new AzuriteServer(folder);
        await azurite.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await azurite.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_refresh_cut_off_by_a_storage_outage_converges_on_rerun_with_no_duplicates_or_orphans()
    {
        await using var publisher = await Publisher.StartAsync();
        (string, string, Uri)[] sources = [("gazette", "rss", publisher.Url("feed.xml")), ("flaky", "article", publisher.Url("flaky.txt"))];
        using var baseline = new RefreshWorld(azurite.ConnectionString, sources);
        await baseline.SeedRegistryAsync();
        await baseline.RefreshAllAsync();
        var expected = await baseline.EntitiesAsync(withEtags: false);

        using var interrupted = new RefreshWorld(azurite.ConnectionString, sources);
        await interrupted.SeedRegistryAsync();
        var refresh = interrupted.RefreshAllAsync();
        var claims = interrupted.Get<TableServiceClient>().GetTableClient(interrupted.Get<TableNames>().Claims);
        await Eventually.ReturnsAsync(async () => await CountAsync(claims), n => n > 0 || refresh.IsCompleted, TimeSpan.FromSeconds(20), "the first facts of the refresh");
        await azurite.StopAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => refresh);

        await azurite.StartAsync();
        await Eventually.ReturnsAsync(async () => await RerunAsync(interrupted), ok => ok, TimeSpan.FromSeconds(30), "a rerun after storage returns");

        Assert.Equal(expected, await interrupted.EntitiesAsync(withEtags: false));
    }

    private static async Task<bool> RerunAsync(RefreshWorld world)
    {
        try
        {
            await world.RefreshAllAsync();
            return true;
        }
        catch (Azure.RequestFailedException)
        {
            return false;
        }
    }

    private static async Task<int> CountAsync(TableClient table)
    {
        try
        {
            var count = 0;
            await foreach (var _ in table.QueryAsync<TableEntity>(select: ["RowKey"]))
            {
                count++;
            }

            return count;
        }
        catch (Azure.RequestFailedException)
        {
            return 0;
        }
    }
}
