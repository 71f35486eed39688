using FactApi.Core.Facts;
using FactApi.Core.Refresh;
using FactApi.Storage.Reading;
using FactApi.Storage.Writing;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Refresh;

public sealed class RefreshPipelineTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Feed_items_become_sources_with_facts_while_every_broken_source_is_recorded_as_failed()
    {
        await using var publisher = await Publisher.StartAsync();
        using var world = new RefreshWorld(azurite.ConnectionString,
        [
            ("gazette", "rss", publisher.Url("feed.xml")), ("broken", "article", publisher.Url("broken")),
            ("garbage", "rss", publisher.Url("garbage.xml")), ("xxe", "rss", publisher.Url("xxe.xml")),
            ("bomb", "rss", publisher.Url("bomb.xml")), ("huge", "article", publisher.Url("huge.txt")),
            ("hang", "article", publisher.Url("hang.txt")),
        ]);
        await world.SeedRegistryAsync();

        var results = await world.RefreshAllAsync();

        Assert.Equal(SourceRunResult.Updated, results["gazette"].Status);
        foreach (var failing in new[] { "broken", "garbage", "xxe", "bomb", "huge", "hang" })
        {
            Assert.Equal(SourceRunResult.Failed, results[failing].Status);
            Assert.False(string.IsNullOrWhiteSpace(results[failing].Error), failing);
            var source = await world.Get<IFactStore>().GetSourceAsync(failing, CancellationToken.None);
            Assert.Equal("failed", source!.LastFetch!.Status);
        }

        Assert.DoesNotContain("root:", results["xxe"].Error, StringComparison.Ordinal);
        Assert.True(results["huge"].Bytes <= 6 * 1024 * 1024, $"read {results["huge"].Bytes} bytes of a 50 MB body");
        var claims = await world.Get<FactReader>().ListClaimsAsync(new ClaimQuery(null, "ilse-varn", null, null, null, null), 100, null, CancellationToken.None);
        Assert.Equal(2, claims.Items.Count);
        Assert.All(claims.Items, c => Assert.StartsWith("gazette-", c.Evidence.SourceId, StringComparison.Ordinal));
        var union = await world.Get<FactReader>().ListClaimsAsync(new ClaimQuery(null, "dockworkers-union", null, null, null, null), 100, null, CancellationToken.None);
        Assert.Equal(300m, Assert.Single(union.Items).Numbers.Single().Value);
    }

    [Fact]
    public async Task A_feed_that_lists_one_link_twice_gives_one_source_and_one_set_of_facts()
    {
        await using var publisher = await Publisher.StartAsync();
        using var world = new RefreshWorld(azurite.ConnectionString, [("digest", "rss", publisher.Url("repeats.xml"))]);
        await world.SeedRegistryAsync();

        var results = await world.RefreshAllAsync();

        Assert.Equal(SourceRunResult.Updated, results["digest"].Status);
        var sources = (await world.EntitiesAsync(withEtags: false)).Where(e => e.StartsWith("sources|source|digest-", StringComparison.Ordinal)).ToList();
        Assert.Single(sources);
        var claims = await world.Get<FactReader>().ListClaimsAsync(new ClaimQuery(null, "ilse-varn", null, null, null, null), 100, null, CancellationToken.None);
        Assert.Single(claims.Items);
    }

    [Fact]
    public async Task A_second_refresh_sends_conditional_requests_and_rewrites_no_entity()
    {
        await using var publisher = await Publisher.StartAsync();
        using var world = new RefreshWorld(azurite.ConnectionString, [("gazette", "rss", publisher.Url("feed.xml")), ("first", "article", publisher.Url("first.txt"))]);
        await world.SeedRegistryAsync();
        await world.RefreshAllAsync();
        var before = await world.EntitiesAsync(withEtags: true);
        var version = await world.Get<DatasetVersion>().ReadAsync(CancellationToken.None);

        var second = await world.RefreshAllAsync();

        Assert.All(second.Values, r => Assert.Equal(SourceRunResult.NotModified, r.Status));
        Assert.Contains("/feed.xml", publisher.ConditionalRequests);
        Assert.Contains("/first.txt", publisher.ConditionalRequests);
        Assert.Equal(before, await world.EntitiesAsync(withEtags: true));
        Assert.Equal(version, await world.Get<DatasetVersion>().ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_new_actor_registry_has_unchanged_sources_read_again_and_linked_by_it()
    {
        await using var publisher = await Publisher.StartAsync();
        using var world = new RefreshWorld(azurite.ConnectionString, [("gazette", "rss", publisher.Url("feed.xml")), ("first", "article", publisher.Url("first.txt"))]);
        world.WriteRegistry("""{"actors":[{"id":"ilse-varn","name":"Ilse Varn","kind":"person","aliases":["Varn","Mayor Varn"]}]}""");
        await world.SeedRegistryAsync();
        await world.RefreshAllAsync();
        var reader = world.Get<FactReader>();
        var union = new ClaimQuery(null, "dockworkers-union", null, null, null, null);
        Assert.Empty((await reader.ListClaimsAsync(union, 100, null, CancellationToken.None)).Items);

        world.WriteRegistry(RefreshWorld.Registry);
        await world.SeedRegistryAsync();
        var second = await world.RefreshAllAsync();

        Assert.All(second.Values, r => Assert.NotEqual(SourceRunResult.NotModified, r.Status));
        var claims = (await reader.ListClaimsAsync(union, 100, null, CancellationToken.None)).Items;
        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.Evidence.SourceId == "first");

        // Once read by the new registry, the sources are conditional again and nothing is rewritten.
        var before = await world.EntitiesAsync(withEtags: true);
        var third = await world.RefreshAllAsync();
        Assert.All(third.Values, r => Assert.Equal(SourceRunResult.NotModified, r.Status));
        Assert.Equal(before, await world.EntitiesAsync(withEtags: true));
    }

    [Fact]
    public async Task A_source_that_starts_failing_keeps_the_facts_it_had()
    {
        await using var publisher = await Publisher.StartAsync();
        using var world = new RefreshWorld(azurite.ConnectionString, [("flaky", "article", publisher.Url("flaky.txt"))]);
        await world.SeedRegistryAsync();
        Assert.Equal(SourceRunResult.Updated, (await world.RefreshAllAsync())["flaky"].Status);
        var facts = (await world.EntitiesAsync(withEtags: false)).Where(r => !r.StartsWith("sources|", StringComparison.Ordinal)).ToList();

        publisher.FlakyWorks = false;
        var failed = await world.RefreshAllAsync();

        Assert.Equal(SourceRunResult.Failed, failed["flaky"].Status);
        Assert.Equal(facts, (await world.EntitiesAsync(withEtags: false)).Where(r => !r.StartsWith("sources|", StringComparison.Ordinal)).ToList());
        var runs = await world.Get<IRefreshLog>().RecentAsync("flaky", 5, CancellationToken.None);
        Assert.Equal([SourceRunResult.Failed, SourceRunResult.Updated], runs.Select(r => r.Status));
    }

    [Fact]
    public async Task A_loopback_url_is_refused_while_the_private_network_guard_is_on()
    {
        await using var publisher = await Publisher.StartAsync();
        using var world = new RefreshWorld(azurite.ConnectionString, [("local", "article", publisher.Url("first.txt"))], allowPrivate: false);

        var result = (await world.RefreshAllAsync())["local"];

        Assert.Equal(SourceRunResult.Failed, result.Status);
        Assert.Contains("private", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(publisher.ConditionalRequests);
    }
}
