using Azure.Core;
using Azure.Data.Tables;
using FactApi.Core.Facts;
using FactApi.Core.Synthetic;
using FactApi.Storage.Writing;
using FactApi.TestSupport;

namespace FactApi.Storage.Tests.Writing;

/// <summary>
/// A write of changed sources stopped after any number of its storage writes (a crash, an outage) is finished by
/// the next write of the same sets: the store ends as if the first had never stopped, with no orphans, no
/// duplicates and no pending rows, counts and disputes included.
/// </summary>
public sealed class InterruptedWriteTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly SyntheticStore Store = SyntheticFacts.Generate(40, seed: 5);

    /// <summary>Of every three sources, one shrunk and stripped of its events, one with every claim revised, one with a claim more.</summary>
    private static readonly List<FactSet> Changed = Store.Sets.Select((s, i) => (i % 3) switch
    {
        0 => s with { Claims = s.Claims.Skip(1).ToList(), Events = [] },
        1 => s with { Claims = s.Claims.Select(c => c with { Content = c.Content + " (revised)" }).ToList() },
        _ => s with { Claims = [.. s.Claims, s.Claims[0] with { Id = s.Claims[0].Id + "-again", Content = s.Claims[0].Content + " again" }] },
    }).ToList();

    [Fact]
    public async Task A_write_cut_off_after_any_number_of_writes_is_finished_by_the_next_one()
    {
        var (tables, names) = await LoadedAsync();
        var counted = new CutAfterWrites(int.MaxValue);
        await Writer(Counted(counted), names).WriteAsync(Changed, CancellationToken.None);
        var expected = await StoreDump.OfAsync(tables, names);
        Assert.Contains(expected, r => r.StartsWith("tallies|count|", StringComparison.Ordinal));
        Assert.DoesNotContain(expected, r => r.StartsWith("sources|pending|", StringComparison.Ordinal));

        for (var allowed = 0; allowed < counted.Writes; allowed++)
        {
            var (cutTables, cutNames) = await LoadedAsync();
            var cut = Writer(Counted(new CutAfterWrites(allowed)), cutNames);
            await Assert.ThrowsAsync<IOException>(() => cut.WriteAsync(Changed, CancellationToken.None));

            await Writer(cutTables, cutNames).WriteAsync(Changed, CancellationToken.None);

            Assert.Equal(expected, await StoreDump.OfAsync(cutTables, cutNames));
        }
    }

    [Fact]
    public async Task A_source_left_half_written_is_finished_even_when_its_set_comes_back_unchanged()
    {
        var (tables, names) = await LoadedAsync();
        var expected = await StoreDump.OfAsync(tables, names);
        var cut = Writer(Counted(new CutAfterWrites(12)), names);
        await Assert.ThrowsAsync<IOException>(() => cut.WriteAsync(Changed, CancellationToken.None));
        Assert.NotEqual(expected, await StoreDump.OfAsync(tables, names));

        // The sources revert to what is stored: their hashes match, but their pending rows say a write stopped.
        await Writer(tables, names).WriteAsync(Store.Sets, CancellationToken.None);

        Assert.Equal(expected, await StoreDump.OfAsync(tables, names));
    }

    [Fact]
    public async Task A_store_written_before_keys_were_kept_is_rewritten_once_and_then_left_alone()
    {
        var (tables, names) = await LoadedAsync();
        var expected = await StoreDump.OfAsync(tables, names);
        var sources = tables.GetTableClient(names.Sources);
        await foreach (var source in sources.QueryAsync<TableEntity>())
        {
            var bare = new TableEntity(source.PartitionKey, source.RowKey) { ["Data"] = source.GetString("Data"), ["FactsHash"] = source.GetString("FactsHash") };
            await sources.UpdateEntityAsync(bare, source.ETag, TableUpdateMode.Replace);
        }

        await tables.DeleteTableAsync(names.Tallies);
        var writer = Writer(tables, names);

        Assert.Equal(Store.Sets.Count, (await writer.WriteManyAsync(Store.Sets, null, CancellationToken.None)).Sources);
        Assert.Equal(expected, await StoreDump.OfAsync(tables, names));
        Assert.Equal(0, (await writer.WriteManyAsync(Store.Sets, null, CancellationToken.None)).Sources);
    }

    private async Task<(TableServiceClient, TableNames)> LoadedAsync()
    {
        var tables = new TableServiceClient(azurite.ConnectionString);
        var names = new TableNames(TablePrefix.New());
        await Writer(tables, names).WriteManyAsync(Store.Sets, null, CancellationToken.None);
        return (tables, names);
    }

    private TableServiceClient Counted(CutAfterWrites policy)
    {
        var options = new TableClientOptions();
        options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        return new TableServiceClient(azurite.ConnectionString, options);
    }

    private FactWriter Writer(TableServiceClient tables, TableNames names) => TestWriters.For(tables, names, azurite.ConnectionString);
}
