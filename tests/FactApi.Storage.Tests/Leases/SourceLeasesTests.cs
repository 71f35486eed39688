using Azure.Storage.Blobs;
using FactApi.Storage.Leases;
using FactApi.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactApi.Storage.Tests.Leases;

/// <summary>Per-source refresh locks on real blob leases: one holder at a time across hosts and within one.</summary>
public sealed class SourceLeasesTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_source_held_by_one_host_is_refused_to_another_until_released()
    {
        var names = new TableNames(TablePrefix.New());
        var (hostA, hostB) = (Leases(names), Leases(names));

        var held = await hostA.TryAcquireAsync("gazette", CancellationToken.None);
        Assert.NotNull(held);
        Assert.Null(await hostB.TryAcquireAsync("gazette", CancellationToken.None));
        await using (var other = await hostB.TryAcquireAsync("other-source", CancellationToken.None))
        {
            Assert.NotNull(other);
        }

        await held!.DisposeAsync();
        await using var after = await hostB.TryAcquireAsync("gazette", CancellationToken.None);
        Assert.NotNull(after);
    }

    [Fact]
    public async Task Two_refreshes_of_one_source_on_one_host_are_refused_too()
    {
        var leases = Leases(new TableNames(TablePrefix.New()));

        await using var held = await leases.TryAcquireAsync("gazette", CancellationToken.None);

        Assert.NotNull(held);
        Assert.Null(await leases.TryAcquireAsync("gazette", CancellationToken.None));
    }

    private SourceLeases Leases(TableNames names) =>
        new(new BlobServiceClient(azurite.ConnectionString), names, NullLogger<SourceLeases>.Instance);
}
