using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using FactApi.Core.Disputes;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Core.Synthetic;
using FactApi.Storage.Tables;
using FactApi.Storage.Writing;
using FactApi.TestSupport;

namespace FactApi.Storage.Tests.Writing;

/// <summary>
/// Counts and disputes are recomputed from the small tallies table, and only for what a write changed: they must
/// equal what the index partitions themselves say, and a changed source must leave its unchanged facts alone.
/// </summary>
public sealed class DerivedFactsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly SyntheticStore Store = SyntheticFacts.Generate(150, seed: 7);

    [Fact]
    public async Task Counts_and_disputes_equal_a_recount_of_the_index_partitions_after_changes()
    {
        var (writer, tables, names) = Create();
        await writer.WriteManyAsync(Store.Sets, null, CancellationToken.None);
        foreach (var set in Store.Sets.Where((_, i) => i % 4 == 0))
        {
            await writer.WriteAsync(set with { Claims = set.Claims.Skip(2).ToList(), Events = set.Events.Skip(1).ToList() }, CancellationToken.None);
        }

        await writer.WriteAsync(Store.Sets.Where((_, i) => i % 4 == 1).Select(s => s with { Claims = s.Claims.Take(1).ToList() }).ToList(), CancellationToken.None);

        await AssertMatchTheIndexesAsync(tables, names);
    }

    [Fact]
    public async Task Writers_of_different_sources_racing_on_shared_actors_and_topics_leave_what_a_recount_gives()
    {
        var (_, tables, names) = Create();

        // Separate writers (no group commit between them) each write their own sources at once, round after round:
        // every actor and topic the sources share is written by several of them together, first as new actors and
        // disputes (racing adds), then as changes.
        var writers = Enumerable.Range(0, 6).Select(_ => TestWriters.For(tables, names, azurite.ConnectionString)).ToList();
        for (var round = 1; round <= 4; round++)
        {
            await Task.WhenAll(writers.Select(async (w, k) =>
            {
                foreach (var set in Store.Sets.Where((_, i) => i % writers.Count == k))
                {
                    await w.WriteAsync(set with { Claims = set.Claims.Skip(round % 2).Take(set.Claims.Count - round + 1).ToList(), Events = set.Events.Skip(round - 1).ToList() }, CancellationToken.None);
                }
            }));
        }

        await AssertMatchTheIndexesAsync(tables, names);
    }

    [Fact]
    public async Task A_changed_source_brings_its_actors_and_disputes_up_to_date_without_querying_the_tallies()
    {
        var (writer, tables, names) = Create();
        await writer.WriteManyAsync(Store.Sets, null, CancellationToken.None);
        var queries = new CountQueries(names.Tallies);
        var options = new TableClientOptions();
        options.AddPolicy(queries, HttpPipelinePosition.PerCall);
        var counted = new TableServiceClient(azurite.ConnectionString, options);
        var next = TestWriters.For(counted, names, azurite.ConnectionString);
        var changed = Store.Sets.Where(s => s.Claims.Any(c => c.Topic is not null && c.Speaker.ActorId is not null)).Take(3).ToList();

        var result = await next.WriteAsync(changed.Select(s => s with { Claims = s.Claims.SkipLast(1).ToList(), Events = s.Events.Skip(1).ToList() }).ToList(), CancellationToken.None);

        Assert.True(result.Changed);
        Assert.Equal(0, queries.Count);
        await AssertMatchTheIndexesAsync(tables, names);
    }

    [Fact]
    public async Task A_lost_copy_of_a_topics_sides_is_rebuilt_from_its_side_rows()
    {
        var (writer, tables, names) = Create();
        await writer.WriteManyAsync(Store.Sets, null, CancellationToken.None);
        var talliesTable = tables.GetTableClient(names.Tallies);
        foreach (var copy in await RowsAsync(talliesTable, $"PartitionKey eq {Partitions.TopicSides}"))
        {
            await talliesTable.DeleteEntityAsync(copy.PartitionKey, copy.RowKey);
        }

        foreach (var set in Store.Sets.Where((_, i) => i % 3 == 0))
        {
            await writer.WriteAsync(set with { Claims = set.Claims.Skip(1).ToList() }, CancellationToken.None);
        }

        Assert.NotEmpty(await RowsAsync(talliesTable, $"PartitionKey eq {Partitions.TopicSides}"));
        await AssertMatchTheIndexesAsync(tables, names);
    }

    /// <summary>Every actor's counts and every dispute equal what the claim and event index partitions give.</summary>
    private static async Task AssertMatchTheIndexesAsync(TableServiceClient tables, TableNames names)
    {
        var claims = tables.GetTableClient(names.Claims);
        var events = tables.GetTableClient(names.Events);
        var actors = await RowsAsync(tables.GetTableClient(names.Actors), $"PartitionKey eq {Partitions.Actor}");
        Assert.NotEmpty(actors);
        foreach (var actor in actors.Select(FactEntities.Read<Actor>))
        {
            Assert.Equal((await RowsAsync(claims, $"PartitionKey eq {Partitions.Speaker(actor.Id)}")).Count, actor.ClaimCount);
            Assert.Equal((await RowsAsync(events, $"PartitionKey eq {Partitions.ActorEvents(actor.Id)}")).Count, actor.EventCount);
        }

        var onTopics = (await RowsAsync(claims, $"PartitionKey ge {"topic|"} and PartitionKey lt {"topic}"}")).GroupBy(e => e.PartitionKey).ToList();
        var disputes = (await RowsAsync(claims, $"PartitionKey eq {Partitions.Dispute}")).ToDictionary(e => e.RowKey, e => e.GetString(FactEntities.Data)!);
        var expected = new Dictionary<string, string>();
        foreach (var topic in onTopics)
        {
            var spoken = topic.Select(FactEntities.Read<Claim>).Where(c => c.Speaker.ActorId is not null).ToList();
            if (spoken.Count > 0 && DisputeFinder.Find(spoken.Select(c => c.Topic!).Order(StringComparer.Ordinal).First(), spoken) is { } dispute)
            {
                expected[dispute.Id] = FactEntities.ForDispute(dispute).GetString(FactEntities.Data)!;
            }
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(d => d.Key), disputes.OrderBy(d => d.Key));
    }

    [Fact]
    public async Task A_source_that_drops_one_claim_rewrites_nothing_else()
    {
        var (writer, tables, names) = Create();
        await writer.WriteManyAsync(Store.Sets, null, CancellationToken.None);
        var set = Store.Sets[3];
        var dropped = set.Claims[^1];
        var before = await EtagsAsync(tables.GetTableClient(names.Claims));

        var result = await writer.WriteAsync(set with { Claims = set.Claims.SkipLast(1).ToList() }, CancellationToken.None);

        Assert.Equal(new SourceWriteResult(true, 0, 1), result);
        var after = await EtagsAsync(tables.GetTableClient(names.Claims));
        var droppedKeys = FactEntities.ForClaim(dropped).Select(e => $"{e.PartitionKey}|{e.RowKey}").ToHashSet();
        var kept = before.Where(e => !droppedKeys.Contains(e.Key) && e.Key.Split('|')[0] != Partitions.Dispute).ToList();
        Assert.All(kept, e => Assert.Equal(e.Value, after.GetValueOrDefault(e.Key)));
        Assert.All(droppedKeys, key => Assert.False(after.ContainsKey(key), key));
    }

    private static async Task<Dictionary<string, string>> EtagsAsync(TableClient table)
    {
        var etags = new Dictionary<string, string>();
        await foreach (var entity in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            etags[$"{entity.PartitionKey}|{entity.RowKey}"] = entity.ETag.ToString();
        }

        return etags;
    }

    private static async Task<List<TableEntity>> RowsAsync(TableClient table, FormattableString filter)
    {
        var rows = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(filter)))
        {
            rows.Add(entity);
        }

        return rows;
    }

    private (FactWriter, TableServiceClient, TableNames) Create()
    {
        var tables = new TableServiceClient(azurite.ConnectionString);
        var names = new TableNames(TablePrefix.New());
        return (TestWriters.For(tables, names, azurite.ConnectionString), tables, names);
    }
}

/// <summary>Counts the queries (not point reads) a client sends to one table.</summary>
internal sealed class CountQueries(string table) : HttpPipelineSynchronousPolicy
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public override void OnSendingRequest(HttpMessage message)
    {
        var uri = message.Request.Uri;
        if (message.Request.Method == RequestMethod.Get && uri.Path.Contains("/" + table + "()", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref count);
        }
    }
}
