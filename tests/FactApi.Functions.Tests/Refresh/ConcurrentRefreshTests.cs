using System.Net;
using System.Text.Json;
using FactApi.Core.Refresh;
using FactApi.Functions.Tests.Support;
using FactApi.TestSupport;
using Xunit.Abstractions;

namespace FactApi.Functions.Tests.Refresh;

/// <summary>
/// Two dev hosts on one storage account asked for a full refresh at the same moment: each source is refreshed by
/// one of them at a time, and the tables end exactly as one refresh leaves them.
/// </summary>
public sealed class ConcurrentRefreshTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Two_hosts_refreshing_at_once_take_each_source_in_turn_and_end_as_one_refresh_would()
    {
        await using var publisher = await Publisher.StartAsync();
        // Slow answers hold each refresh open long enough for the other host's to meet it.
        (string, string, Uri)[] sources =
        [
            ("gazette", "rss", publisher.Url("slow/feed.xml")), ("flaky", "article", publisher.Url("slow/flaky.txt")),
            ("broken", "article", publisher.Url("slow/broken")),
        ];
        using var single = new RefreshWorld(azurite.ConnectionString, sources);
        await single.SeedRegistryAsync();
        await single.RefreshAllAsync();
        var expected = await single.EntitiesAsync(withEtags: false);

        using var shared = new RefreshWorld(azurite.ConnectionString, sources);
        await shared.SeedRegistryAsync();
        await using var first = await RunningApp.StartAsync(FactApiHost.Build(shared.ConnectionString, shared.TablePrefix, shared.HostSettings));
        await using var second = await RunningApp.StartAsync(FactApiHost.Build(shared.ConnectionString, shared.TablePrefix, shared.HostSettings));
        publisher.ResetInFlight();

        var accepted = await Task.WhenAll(first.Client.PostAsync("api/admin/refresh", null), second.Client.PostAsync("api/admin/refresh", null));

        var runIds = new List<string>();
        foreach (var response in accepted)
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            runIds.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("runId").GetString()!);
        }

        var log = shared.Get<IRefreshLog>();
        await Eventually.ReturnsAsync(async () => await Task.WhenAll(runIds.Select(id => log.GetRunAsync(id, CancellationToken.None))),
            runs => runs.All(r => r?.EndedAt is not null), TimeSpan.FromSeconds(60), "both runs to end");

        Assert.Equal(1, publisher.MaxInFlightPerPath);
        foreach (var source in shared.Manifest)
        {
            var results = (await log.RecentAsync(source.Id, 10, CancellationToken.None)).Where(r => runIds.Contains(r.RunId)).ToList();
            output.WriteLine($"{source.Id}: {string.Join(", ", results.Select(r => $"{r.Status} {r.At:HH:mm:ss.fff} ({r.Milliseconds} ms)"))}");
            Assert.Equal(2, results.Count);
            var worked = results.Where(r => r.Status != SourceRunResult.Skipped).OrderBy(r => r.At).ToList();
            Assert.NotEmpty(worked);
            // A refresh spans [At - Milliseconds, At]; the second may start only once the first has ended.
            for (var i = 1; i < worked.Count; i++)
            {
                Assert.True(worked[i].At.AddMilliseconds(-worked[i].Milliseconds) >= worked[i - 1].At, $"{source.Id}: two refreshes overlapped");
            }
        }

        var tables = await shared.EntitiesAsync(withEtags: false);
        Assert.Equal(tables.Count, tables.Distinct().Count());
        Assert.Equal(expected, tables);
    }
}
