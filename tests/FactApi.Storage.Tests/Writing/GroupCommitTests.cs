using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using FactApi.Core.Facts;
using FactApi.Core.Synthetic;
using FactApi.Storage.Writing;
using FactApi.TestSupport;

namespace FactApi.Storage.Tests.Writing;

/// <summary>
/// Writes that reach one writer while another write is running go together once it ends. Each test holds the first
/// write at its first batch, queues the others behind it, then lets it go.
/// </summary>
public sealed class GroupCommitTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly SyntheticStore Store = SyntheticFacts.Generate(150, seed: 11);

    [Fact]
    public async Task Writes_that_wait_for_a_running_one_go_as_one_write_and_each_caller_hears_of_its_own_sets()
    {
        var (writer, tables, names, hold) = Create();
        var first = Task.Run(() => writer.WriteAsync(Store.Sets[0], CancellationToken.None));
        Assert.True(hold.Reached.Wait(TimeSpan.FromSeconds(60)), "the first write never reached its first batch");
        var waiting = Store.Sets.Skip(1).Take(4).Select(s => writer.WriteAsync(s, CancellationToken.None)).ToList();
        hold.Release.Set();
        var results = await Task.WhenAll([first, .. waiting]);

        // One version bump for the first write, one for the four that waited.
        Assert.Equal(2, hold.MetaWrites);
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(new SourceWriteResult(true, Store.Sets[i].Claims.Count + Store.Sets[i].Events.Count, 0), results[i]);
        }

        var alone = Create();
        alone.Hold.Release.Set();
        foreach (var set in Store.Sets.Take(5))
        {
            await alone.Writer.WriteAsync(set, CancellationToken.None);
        }

        Assert.Equal(await StoreDump.OfAsync(alone.Tables, alone.Names), await StoreDump.OfAsync(tables, names));
        Assert.False((await writer.WriteAsync(Store.Sets[3], CancellationToken.None)).Changed);
    }

    [Fact]
    public async Task A_set_too_large_to_store_fails_only_its_own_caller()
    {
        var (writer, _, _, hold) = Create();
        var template = Store.Sets[2].Claims[0];
        var huge = Store.Sets[2] with { Claims = [.. Enumerable.Range(0, 4000).Select(i => template with { Id = $"{template.Id}-{i:D4}" })] };
        var first = Task.Run(() => writer.WriteAsync(Store.Sets[0], CancellationToken.None));
        Assert.True(hold.Reached.Wait(TimeSpan.FromSeconds(60)), "the first write never reached its first batch");
        var refused = writer.WriteAsync(huge, CancellationToken.None);
        var accepted = writer.WriteAsync(Store.Sets[1], CancellationToken.None);
        hold.Release.Set();

        await first;
        Assert.Equal(huge.Source.Id, (await Assert.ThrowsAsync<FactSetTooLargeException>(() => refused)).SourceId);
        Assert.True((await accepted).Changed);
        Assert.NotNull(await writer.GetSourceAsync(Store.Sets[1].Source.Id, CancellationToken.None));
        Assert.Null(await writer.GetSourceAsync(huge.Source.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_caller_that_gives_up_while_it_waits_writes_nothing()
    {
        var (writer, _, _, hold) = Create();
        var first = Task.Run(() => writer.WriteAsync(Store.Sets[0], CancellationToken.None));
        Assert.True(hold.Reached.Wait(TimeSpan.FromSeconds(60)), "the first write never reached its first batch");
        using var giveUp = new CancellationTokenSource();
        var abandoned = writer.WriteAsync(Store.Sets[1], giveUp.Token);
        var kept = writer.WriteAsync(Store.Sets[2], CancellationToken.None);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        hold.Release.Set();

        await first;
        Assert.True((await kept).Changed);
        Assert.Null(await writer.GetSourceAsync(Store.Sets[1].Source.Id, CancellationToken.None));
        Assert.Equal(2, hold.MetaWrites);
    }

    [Fact]
    public async Task Two_waiting_writes_of_one_source_go_in_arrival_order()
    {
        var (writer, tables, names, hold) = Create();
        var first = Task.Run(() => writer.WriteAsync(Store.Sets[0], CancellationToken.None));
        Assert.True(hold.Reached.Wait(TimeSpan.FromSeconds(60)), "the first write never reached its first batch");
        var shorter = Store.Sets[1] with { Claims = [.. Store.Sets[1].Claims.Take(1)] };
        var full = writer.WriteAsync(Store.Sets[1], CancellationToken.None);
        var later = writer.WriteAsync(shorter, CancellationToken.None);
        hold.Release.Set();
        await Task.WhenAll(first, full, later);

        Assert.Equal(Store.Sets[1].Claims.Count - 1, (await later).Removed);
        var alone = Create();
        alone.Hold.Release.Set();
        await alone.Writer.WriteAsync(Store.Sets[0], CancellationToken.None);
        await alone.Writer.WriteAsync(shorter, CancellationToken.None);
        Assert.Equal(await StoreDump.OfAsync(alone.Tables, alone.Names), await StoreDump.OfAsync(tables, names));
    }

    private Subject Create()
    {
        var names = new TableNames(TablePrefix.New());
        var hold = new HoldFirstBatch(names.Meta);
        var options = new TableClientOptions();
        options.AddPolicy(hold, HttpPipelinePosition.PerCall);
        var tables = new TableServiceClient(azurite.ConnectionString, options);
        return new Subject(TestWriters.For(tables, names, azurite.ConnectionString), tables, names, hold);
    }

    private sealed record Subject(FactWriter Writer, TableServiceClient Tables, TableNames Names, HoldFirstBatch Hold);

    /// <summary>Holds the first batch request until released, and counts the writes to the dataset version's table.</summary>
    private sealed class HoldFirstBatch(string metaTable) : HttpPipelineSynchronousPolicy
    {
        private int batches;
        private int metaWrites;

        public ManualResetEventSlim Reached { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public int MetaWrites => Volatile.Read(ref metaWrites);

        public override void OnSendingRequest(HttpMessage message)
        {
            var path = message.Request.Uri.Path;
            if (message.Request.Method != RequestMethod.Get && path.Contains("/" + metaTable, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref metaWrites);
            }

            if (path.Contains("$batch", StringComparison.Ordinal) && Interlocked.Increment(ref batches) == 1)
            {
                Reached.Set();
                Release.Wait(TimeSpan.FromSeconds(60));
            }
        }
    }
}
