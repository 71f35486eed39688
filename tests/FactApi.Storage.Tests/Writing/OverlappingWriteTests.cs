using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using FactApi.Core.Synthetic;
using FactApi.Storage.Tables;
using FactApi.Storage.Writing;
using FactApi.TestSupport;

namespace FactApi.Storage.Tests.Writing;

/// <summary>
/// Two writers of one source without a lease (the CLI, <c>factapi generate</c>): one stalls after its pending row
/// while the other writes the source from start to end. Found in review: the stalled writer's commit used to
/// overwrite the source entity unconditionally, leaving the other's facts behind for good.
/// </summary>
public sealed class OverlappingWriteTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_writer_overtaken_by_another_starts_again_and_leaves_only_its_own_facts()
    {
        var baseSet = SyntheticFacts.Generate(3, seed: 5).Sets[0];
        var names = new TableNames(TablePrefix.New());
        var plain = new TableServiceClient(azurite.ConnectionString);
        await Writer(plain, names).WriteAsync(baseSet, CancellationToken.None);
        var a = baseSet with { Claims = [.. baseSet.Claims, baseSet.Claims[0] with { Id = baseSet.Claims[0].Id + "-a", Content = "only in A" }] };
        var b = baseSet with { Claims = [.. baseSet.Claims, baseSet.Claims[0] with { Id = baseSet.Claims[0].Id + "-b", Content = "only in B" }] };

        // A holds at its second batch (its pending row is written, its facts are not) until B has finished.
        using var reached = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var options = new TableClientOptions();
        options.AddPolicy(new HoldAtBatch(2, reached, release), HttpPipelinePosition.PerCall);
        var writeA = Task.Run(() => Writer(new TableServiceClient(azurite.ConnectionString, options), names).WriteAsync(a, CancellationToken.None));
        Assert.True(reached.Wait(TimeSpan.FromSeconds(60)), "writer A never reached its second batch");
        await Writer(plain, names).WriteAsync(b, CancellationToken.None);
        release.Set();
        await writeA;

        var claimIds = await RowKeysAsync(plain.GetTableClient(names.Claims), Partitions.Claim);
        Assert.Contains(a.Claims[^1].Id, claimIds);
        Assert.DoesNotContain(b.Claims[^1].Id, claimIds);
        Assert.Empty(await RowKeysAsync(plain.GetTableClient(names.Sources), Partitions.Pending));
        var rerun = await Writer(plain, names).WriteAsync(a, CancellationToken.None);
        Assert.False(rerun.Changed);
    }

    private static async Task<List<string>> RowKeysAsync(TableClient table, string partition)
    {
        var keys = new List<string>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
        {
            keys.Add(entity.RowKey);
        }

        return keys;
    }

    private FactWriter Writer(TableServiceClient tables, TableNames names) => TestWriters.For(tables, names, azurite.ConnectionString);

    private sealed class HoldAtBatch(int at, ManualResetEventSlim reached, ManualResetEventSlim release) : HttpPipelineSynchronousPolicy
    {
        private int batches;

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Uri.ToString().Contains("$batch", StringComparison.Ordinal) && Interlocked.Increment(ref batches) == at)
            {
                reached.Set();
                release.Wait(TimeSpan.FromSeconds(60));
            }
        }
    }
}
