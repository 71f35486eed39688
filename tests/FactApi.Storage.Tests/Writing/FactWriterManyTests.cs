using Azure.Data.Tables;
using FactApi.Core.Synthetic;
using FactApi.Storage.Writing;
using FactApi.TestSupport;

namespace FactApi.Storage.Tests.Writing;

public sealed class FactWriterManyTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly SyntheticStore Store = SyntheticFacts.Generate(120, seed: 3);

    [Fact]
    public async Task A_load_leaves_the_same_entities_as_writing_each_source()
    {
        var (one, oneTables, oneNames) = Create();
        foreach (var set in Store.Sets)
        {
            await one.WriteAsync(set, CancellationToken.None);
        }

        var (many, manyTables, manyNames) = Create();
        var result = await many.WriteManyAsync(Store.Sets, null, CancellationToken.None);

        Assert.Equal(Store.Sets.Count, result.Sources);
        Assert.Equal(await DumpAsync(oneTables, oneNames), await DumpAsync(manyTables, manyNames));
    }

    [Fact]
    public async Task Loading_again_writes_nothing_and_a_shrunk_source_loses_its_old_facts()
    {
        var (writer, tables, names) = Create();
        await writer.WriteManyAsync(Store.Sets, null, CancellationToken.None);
        var version = await new DatasetVersion(tables, names).ReadAsync(CancellationToken.None);

        var again = await writer.WriteManyAsync(Store.Sets, null, CancellationToken.None);

        Assert.Equal(new ManyWriteResult(0, 0, 0), again);
        Assert.Equal(version, await new DatasetVersion(tables, names).ReadAsync(CancellationToken.None));

        var shrunk = Store.Sets.Select((s, i) => i == 0 ? s with { Claims = s.Claims.Take(1).ToList(), Events = [] } : s).ToList();
        var result = await writer.WriteManyAsync(shrunk, null, CancellationToken.None);

        Assert.Equal(1, result.Sources);
        Assert.Equal(Store.Sets[0].Claims.Count - 1 + Store.Sets[0].Events.Count, result.Removed);
        var (fresh, freshTables, freshNames) = Create();
        await fresh.WriteManyAsync(shrunk, null, CancellationToken.None);
        Assert.Equal(await DumpAsync(freshTables, freshNames), await DumpAsync(tables, names));
    }

    [Fact]
    public async Task A_set_too_large_to_record_is_refused_before_anything_is_written()
    {
        var (writer, tables, names) = Create();
        var small = Store.Sets[1];
        var template = Store.Sets[0].Claims[0];
        var huge = Store.Sets[0] with { Claims = [.. Enumerable.Range(0, 4000).Select(i => template with { Id = $"{template.Id}-{i:D4}" })] };

        var refused = await Assert.ThrowsAsync<FactApi.Core.Facts.FactSetTooLargeException>(() => writer.WriteManyAsync([small, huge], null, CancellationToken.None));

        Assert.Equal(huge.Source.Id, refused.SourceId);
        Assert.Empty(await DumpAsync(tables, names));
        await writer.WriteManyAsync([small], null, CancellationToken.None);
        Assert.NotEmpty(await DumpAsync(tables, names));
    }

    private (FactWriter, TableServiceClient, TableNames) Create()
    {
        var tables = new TableServiceClient(azurite.ConnectionString);
        var names = new TableNames(TablePrefix.New());
        return (TestWriters.For(tables, names, azurite.ConnectionString), tables, names);
    }

    /// <summary>Every entity and its properties, except those that record when it was written (a source's last fetch).</summary>
    private static async Task<List<string>> DumpAsync(TableServiceClient tables, TableNames names)
    {
        var rows = new List<string>();
        foreach (var name in new[] { names.Actors, names.Claims, names.Events, names.Sources })
        {
            await foreach (var entity in tables.GetTableClient(name).QueryAsync<TableEntity>())
            {
                var properties = entity.Where(p => p.Key is not ("odata.etag" or "Timestamp") && !(name == names.Sources && p.Key == "Data")).Select(p => $"{p.Key}={p.Value}").Order(StringComparer.Ordinal);
                rows.Add($"{name[^6..]}|{string.Join(";", properties)}");
            }
        }

        return rows.Order(StringComparer.Ordinal).ToList();
    }
}
