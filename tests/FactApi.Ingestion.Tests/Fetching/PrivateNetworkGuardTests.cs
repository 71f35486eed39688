using FactApi.Ingestion.Fetching;

namespace FactApi.Ingestion.Tests.Fetching;

/// <summary>The guard at work in the fetch client: after DNS, on every connection, redirects included.</summary>
public sealed class PrivateNetworkGuardTests(SourceServer server) : IClassFixture<SourceServer>
{
    [Fact]
    public async Task A_loopback_source_is_refused_while_the_guard_is_on()
    {
        using var fetchers = new Fetchers(allowPrivateNetwork: false);
        var before = server.FailingHits;

        var result = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("failing")), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("refused by the private-network guard", result.Error, StringComparison.Ordinal);
        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);

        // Refused before any socket opened, and not retried.
        Assert.Equal(before, server.FailingHits);
    }

    [Fact]
    public async Task A_name_resolving_to_loopback_is_refused_too()
    {
        using var fetchers = new Fetchers(allowPrivateNetwork: false);

        var result = await fetchers.Fetcher.FetchAsync(
            new FetchRequest(new Uri($"http://localhost:{server.Address.Port}/latin1")), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("refused by the private-network guard", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_source_is_fetched_with_the_guard_off()
    {
        using var fetchers = new Fetchers(allowPrivateNetwork: true);

        var result = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("latin1")), CancellationToken.None);

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
    }

    [Fact]
    public async Task A_redirect_to_loopback_is_refused_at_the_redirect_hop()
    {
        // 127.0.0.1 is exempt, so the first request goes through; its redirect names localhost, which is not.
        using var fetchers = new Fetchers(allowPrivateNetwork: false, options => options.PrivateNetworkHostExceptions.Add("127.0.0.1"));
        var before = server.RedirectTargetHits;

        var result = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("redirect-loopback")), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("localhost resolves to", result.Error, StringComparison.Ordinal);
        Assert.Contains("refused by the private-network guard", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, server.RedirectTargetHits);
    }

    [Fact]
    public async Task The_exempt_host_itself_is_fetched()
    {
        using var fetchers = new Fetchers(allowPrivateNetwork: false, options => options.PrivateNetworkHostExceptions.Add("127.0.0.1"));

        var result = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("latin1")), CancellationToken.None);

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
    }
}
