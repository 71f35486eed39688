using System.Diagnostics;
using FactApi.Ingestion.Fetching;
using FactApi.Ingestion.Parsing;

namespace FactApi.Ingestion.Tests.Fetching;

/// <summary>The fetcher against a real server on loopback, with the private-network guard off (the server is local).</summary>
public sealed class SourceFetcherTests(SourceServer server) : IClassFixture<SourceServer>
{
    [Fact]
    public async Task Fetches_a_feed_that_parses_with_links_resolved_against_its_url()
    {
        using var fetchers = new Fetchers(allowPrivateNetwork: true);

        var result = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("feeds/rss.xml")), CancellationToken.None);

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal("application/rss+xml", result.ContentType);
        Assert.Null(result.Error);
        Assert.True(result.Bytes > 0);
        var items = FeedParser.Parse(result.Body!, result.FinalUrl);
        Assert.Equal(server.Url("articles/harbour-bridge.html"), items[0].Link);
    }

    [Fact]
    public async Task Fetches_an_article_page_whose_story_extracts()
    {
        using var fetchers = new Fetchers(allowPrivateNetwork: true);

        var result = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("articles/harbour-bridge.html")), CancellationToken.None);
        var article = ArticleExtractor.Extract(result.Body!, result.ContentType, result.FinalUrl);

        Assert.Equal("text/html", result.ContentType);
        Assert.StartsWith("The swing bridge", article.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 3, 14), article.PublishedAt);
    }

    [Fact]
    public async Task A_host_that_keeps_failing_has_its_circuit_opened_and_other_hosts_do_not()
    {
        using var fetchers = new Fetchers(allowPrivateNetwork: true);
        FetchResult? result = null;

        // Each fetch is three failed attempts; the breaker opens after ten failures in its window.
        for (var fetch = 0; fetch < 6 && result?.Error?.Contains("circuit", StringComparison.Ordinal) != true; fetch++)
        {
            result = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("failing")), CancellationToken.None);
        }

        Assert.Equal(FetchOutcome.Failed, result!.Outcome);
        Assert.Contains("circuit is open", result.Error, StringComparison.Ordinal);
        var hits = server.FailingHits;
        var again = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("failing")), CancellationToken.None);
        Assert.Contains("circuit is open", again.Error, StringComparison.Ordinal);
        Assert.Equal(hits, server.FailingHits);

        // The pipeline is chosen by authority: the same server under another name has its own breaker.
        var otherHost = await fetchers.Fetcher.FetchAsync(
            new FetchRequest(new Uri($"http://localhost:{server.Address.Port}/latin1")), CancellationToken.None);
        Assert.Equal(FetchOutcome.Fetched, otherHost.Outcome);
    }

    [Fact]
    public async Task Decodes_the_body_with_the_charset_the_response_names()
    {
        using var fetchers = new Fetchers(allowPrivateNetwork: true);

        var result = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("latin1")), CancellationToken.None);

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal("Café on Orrin Quay", result.Body);
        Assert.Equal(18, result.Bytes);
    }

    [Fact]
    public async Task A_matching_etag_gives_not_modified_without_a_body()
    {
        using var fetchers = new Fetchers(allowPrivateNetwork: true);

        var first = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("conditional")), CancellationToken.None);
        var second = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("conditional"), first.ETag), CancellationToken.None);

        Assert.Equal(FetchOutcome.Fetched, first.Outcome);
        Assert.Equal(SourceServer.ETag, first.ETag);
        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
        Assert.Equal(304, second.HttpStatus);
        Assert.Null(second.Body);
        Assert.Equal(0, second.Bytes);
    }

    [Fact]
    public async Task A_server_error_is_retried_then_fails()
    {
        // A loaded machine must not turn the last retry into a timeout: this test counts attempts, not seconds.
        using var fetchers = new Fetchers(allowPrivateNetwork: true, options => options.Timeout = TimeSpan.FromSeconds(60));
        var before = server.FailingHits;

        var result = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("failing")), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal(500, result.HttpStatus);
        Assert.Contains("500", result.Error, StringComparison.Ordinal);

        // One attempt and the two default retries.
        Assert.Equal(3, server.FailingHits - before);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_cut_off_at_the_limit()
    {
        using var fetchers = new Fetchers(allowPrivateNetwork: true);
        const int limit = 5 * 1024 * 1024;

        var result = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("huge")), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("cut off at the limit", result.Error, StringComparison.Ordinal);
        Assert.Null(result.Body);

        // One byte past the limit is how the reader knows the body is over it; nothing more is read.
        Assert.Equal(limit + 1, result.Bytes);
    }

    [Fact]
    public async Task A_server_that_never_answers_fails_within_the_timeout()
    {
        using var fetchers = new Fetchers(allowPrivateNetwork: true);
        var clock = Stopwatch.StartNew();

        var result = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("hang")), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("Timed out", result.Error, StringComparison.Ordinal);

        // Timeout is 2 s; the margin is for a loaded machine, not for the fetcher.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Took {clock.Elapsed}.");
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_swallowed()
    {
        using var fetchers = new Fetchers(allowPrivateNetwork: true);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("hang")), cancel.Token));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://courier.example/feed.xml")]
    [InlineData("gopher://courier.example/1")]
    public async Task Only_http_and_https_urls_are_requested(string url)
    {
        using var fetchers = new Fetchers(allowPrivateNetwork: true);

        var result = await fetchers.Fetcher.FetchAsync(new FetchRequest(new Uri(url)), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Null(result.HttpStatus);
        Assert.Contains("Only http and https", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_to_a_file_url_is_refused()
    {
        using var fetchers = new Fetchers(allowPrivateNetwork: true);

        var result = await fetchers.Fetcher.FetchAsync(new FetchRequest(server.Url("redirect-file")), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("non-http(s)", result.Error, StringComparison.Ordinal);
        Assert.Null(result.Body);
    }
}
