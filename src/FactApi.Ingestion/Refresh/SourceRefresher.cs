using System.Diagnostics;
using FactApi.Core.Extraction;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Core.Refresh;
using FactApi.Core.Sources;
using FactApi.Ingestion.Fetching;
using FactApi.Ingestion.Parsing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactApi.Ingestion.Refresh;

/// <summary>
/// Refreshes one source: a conditional fetch, parsing by kind, extraction, and replacing the source's facts as a
/// set. A source that fails is recorded as failed and keeps the facts it had; a 304 or unchanged content writes
/// no fact at all. Every outcome is logged to the run. A source already being refreshed (here or on another host)
/// is skipped, so two runs at once never fetch and write one source together.
/// </summary>
public sealed class SourceRefresher(
    DocumentLoader loader,
    CuratedSources curated,
    IFactStore store,
    IRefreshLog log,
    ISourceLocks locks,
    IOptions<RefreshOptions> options,
    ILogger<SourceRefresher> logger)
{
    public async Task<SourceRunResult> RefreshAsync(ManifestSource source, string runId, CancellationToken cancellationToken)
    {
        await using var held = await locks.TryAcquireAsync(source.Id, cancellationToken);
        if (held is null)
        {
            var skipped = new SourceRunResult(runId, source.Id, DateTimeOffset.UtcNow, SourceRunResult.Skipped, null, 0, 0, 0, "Another refresh of this source was running; it was left to that one.", 0);
            await log.RecordAsync(skipped, cancellationToken);
            logger.LogInformation("Source {Source}: skipped, another refresh of it is running", source.Id);
            return skipped;
        }

        return await RefreshHeldAsync(source, runId, cancellationToken);
    }

    private async Task<SourceRunResult> RefreshHeldAsync(ManifestSource source, string runId, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var stored = await store.GetSourceAsync(source.Id, cancellationToken);
        var stamp = curated.ExtractorStamp();
        var fetched = await loader.LoadAsync(Conditional(curated.Locate(source), stored, stamp), cancellationToken);
        SourceRunResult result;
        if (fetched.Outcome == FetchOutcome.NotModified)
        {
            result = Result(SourceRunResult.NotModified, fetched, 0, 0, null);
        }
        else if (fetched.Outcome == FetchOutcome.Failed)
        {
            result = await FailAsync(source, stored, fetched, fetched.Error ?? "fetch failed", cancellationToken);
        }
        else
        {
            try
            {
                var registry = curated.ReadRegistry();
                var (sets, restamped) = await ReadSetsAsync(source, fetched, registry, stamp, cancellationToken);
                // A feed's items are written together: each partition in full batches, counts and disputes once.
                var (changed, added, removed) = await WriteLeavingOutTooLargeAsync(source, sets, cancellationToken);

                // Items read again because extraction changed have their new stamp recorded: one that yields the same
                // facts was not written (the set hash leaves the fetch out). One whose facts changed was written with it
                // and is recorded once more, a write per item per upgrade, since the write does not say which sets changed.
                foreach (var item in restamped.Where(i => sets.Any(s => s.Source.Id == i.Id)))
                {
                    await store.RecordFetchAsync(item, cancellationToken);
                }

                var status = new FetchStatus(DateTimeOffset.UtcNow, "ok", fetched.HttpStatus, null, fetched.ETag, fetched.LastModified, stored?.LastFetch?.ContentHash, stamp);
                if (source.Kind is SourceKind.Rss or SourceKind.Atom || stored?.LastFetch?.ETag != fetched.ETag || stored?.LastFetch?.Status != "ok" || stored.LastFetch.Extractor != stamp)
                {
                    // Keep the validators and counts for the next conditional request; feeds' own facts live in their items.
                    var counts = new FactCounts(sets.Sum(s => s.Actors.Count), sets.Sum(s => s.Events.Count), sets.Sum(s => s.Claims.Count));
                    var record = (sets.FirstOrDefault(s => s.Source.Id == source.Id)?.Source ?? Describe(source, stored)) with { LastFetch = status, Counts = counts };
                    await store.RecordFetchAsync(record, cancellationToken);
                }

                result = Result(changed ? SourceRunResult.Updated : SourceRunResult.Unchanged, fetched, added, removed, null);
            }
            catch (Exception e) when (e is SourceFormatException or FactFileException or FormatException or FactSetTooLargeException or ExtractionFailedException)
            {
                result = await FailAsync(source, stored, fetched, e.Message, cancellationToken);
            }
        }

        result = result with { Milliseconds = clock.ElapsedMilliseconds };
        await log.RecordAsync(result, cancellationToken);
        logger.LogInformation("Source {Source}: {Status} ({Added} added, {Removed} removed) {Error}", source.Id, result.Status, result.Added, result.Removed, result.Error);
        return result;

        SourceRunResult Result(string status, FetchResult fetch, int added, int removed, string? error) =>
            new(runId, source.Id, DateTimeOffset.UtcNow, status, fetch.HttpStatus, fetch.Bytes, added, removed, error, 0);

        async Task<SourceRunResult> FailAsync(ManifestSource failing, Source? before, FetchResult fetch, string error, CancellationToken token)
        {
            var record = Describe(failing, before) with
            {
                LastFetch = new FetchStatus(DateTimeOffset.UtcNow, "failed", fetch.HttpStatus, error, before?.LastFetch?.ETag, before?.LastFetch?.LastModified, before?.LastFetch?.ContentHash, before?.LastFetch?.Extractor),
            };
            await store.RecordFetchAsync(record, token);
            return Result(SourceRunResult.Failed, fetch, 0, 0, error);
        }
    }

    /// <summary>A request with the stored validators, unless another extraction build read the stored copy.</summary>
    private static FetchRequest Conditional(Uri url, Source? stored, string stamp) =>
        stored?.LastFetch is { } last && last.Extractor == stamp ? new FetchRequest(url, last.ETag, last.LastModified) : new FetchRequest(url);

    /// <summary>The source's fact sets, and the feed items among them read again only for a new extraction stamp.</summary>
    private async Task<(List<FactSet> Sets, List<Source> Restamped)> ReadSetsAsync(ManifestSource source, FetchResult fetched, IReadOnlyList<Actor> registry, string stamp, CancellationToken cancellationToken) =>
        source.Kind is SourceKind.Rss or SourceKind.Atom
            ? await FeedItemsAsync(source, FeedParser.Parse(fetched.Body ?? "", fetched.FinalUrl), stamp, cancellationToken)
            : ([.. await ReadOneAsync(source, fetched, registry, cancellationToken)], []);

    private async Task<IReadOnlyList<FactSet>> ReadOneAsync(ManifestSource source, FetchResult fetched, IReadOnlyList<Actor> registry, CancellationToken cancellationToken)
    {
        var body = fetched.Body ?? "";
        switch (source.Kind)
        {
            case SourceKind.Facts:
            {
                var document = FactFileReader.ParseDocument(body, source.Url);
                var textUrl = new Uri(fetched.FinalUrl, document.Source?.Text ?? throw new FactFileException($"{source.Url}: 'source.text' is required."));
                var text = await loader.LoadAsync(new FetchRequest(textUrl), cancellationToken);
                return text.Outcome == FetchOutcome.Fetched
                    ? [FactFileReader.Read(document, text.Body!, registry, source.Url)]
                    : throw new FactFileException($"{source.Url}: its text {textUrl} could not be read: {text.Error}");
            }

            case SourceKind.ClaimReview:
                return [ClaimReviewFacts.Read(Describe(source, null), ClaimReviewParser.Parse(body), registry)];

            case SourceKind.Article:
                return [Article(Describe(source, null), ArticleExtractor.Extract(body, fetched.ContentType, fetched.FinalUrl), fetched.FinalUrl, curated.Extractor())];

            default:
                throw new InvalidOperationException($"Feeds are read item by item, not as {source.Kind}.");
        }
    }

    /// <summary>
    /// Writes the sets; one too large to store (nothing of a write that fails so is written) is left out and logged,
    /// and the others written again, so one huge item does not hold back its feed. A source alone that is too large fails.
    /// </summary>
    private async Task<SourceWriteResult> WriteLeavingOutTooLargeAsync(ManifestSource source, List<FactSet> sets, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await store.WriteAsync(sets, cancellationToken);
            }
            catch (FactSetTooLargeException e) when (sets.Count > 1 && sets.RemoveAll(s => s.Source.Id == e.SourceId) > 0)
            {
                logger.LogWarning("Source {Source}: item {Item} left out: {Error}", source.Id, e.SourceId, e.Message);
            }
        }
    }

    /// <summary>Each feed item is a source of its own (its facts replaced as a set); items that fail are skipped.</summary>
    private async Task<(List<FactSet> Sets, List<Source> Restamped)> FeedItemsAsync(ManifestSource feed, IReadOnlyList<FeedItem> items, string stamp, CancellationToken cancellationToken)
    {
        var sets = new List<FactSet>();
        var restamped = new List<Source>();
        // A link listed twice is one source (its id is the link's hash): the newest listing of it is kept.
        foreach (var item in items.OrderByDescending(i => i.Published).DistinctBy(i => i.Link.AbsoluteUri).Take(options.Value.MaxFeedItems))
        {
            var id = $"{feed.Id}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(item.Link.AbsoluteUri)).AsSpan(0, 5))}";
            var stored = await store.GetSourceAsync(id, cancellationToken);
            var page = await loader.LoadAsync(Conditional(item.Link, stored, stamp), cancellationToken);
            if (page.Outcome != FetchOutcome.Fetched)
            {
                logger.LogInformation("Feed {Feed} item {Link}: {Outcome} {Error}", feed.Id, item.Link, page.Outcome, page.Error);
                continue;
            }

            var source = new Source(id, SourceKind.Article, item.Link.IsFile ? Path.GetRelativePath(curated.Folder, item.Link.LocalPath) : item.Link.AbsoluteUri,
                item.Title, feed.Publisher, item.Published is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : null,
                new FetchStatus(DateTimeOffset.UtcNow, "ok", page.HttpStatus, null, page.ETag, page.LastModified, null, stamp), FactCounts.None);
            try
            {
                sets.Add(Article(source, ArticleExtractor.Extract(page.Body!, page.ContentType, page.FinalUrl), page.FinalUrl, curated.Extractor()));
                if (stored?.LastFetch is { Status: "ok" } last && last.Extractor != stamp)
                {
                    restamped.Add(source);
                }
            }
            catch (SourceFormatException e)
            {
                logger.LogInformation("Feed {Feed} item {Link} skipped: {Error}", feed.Id, item.Link, e.Message);
            }
            catch (ExtractionFailedException e)
            {
                // The item's stored facts stay as they were; the rest of the feed is still written.
                logger.LogWarning(e, "Feed {Feed} item {Link} skipped: {Error}", feed.Id, item.Link, e.Message);
            }
        }

        return (sets, restamped);
    }

    private static FactSet Article(Source source, ArticleContent content, Uri url, FactExtractor extractor)
    {
        var described = source with
        {
            Title = source.Title ?? content.Title,
            Publisher = source.Publisher ?? content.Publisher,
            PublishedAt = content.PublishedAt ?? source.PublishedAt,
        };
        var input = new ExtractionInput(described.Id, url.IsFile ? described.Url : url.AbsoluteUri, described.Title, described.PublishedAt, content.Text);
        try
        {
            return extractor.Extract(input, described);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ExtractionFailedException(described.Id, e);
        }
    }

    private Source Describe(ManifestSource source, Source? stored) =>
        stored is not null
            ? stored with { Title = source.Title ?? stored.Title, Publisher = source.Publisher ?? stored.Publisher }
            : new Source(source.Id, source.Kind, source.Url, source.Title, source.Publisher, source.PublishedAt, null, FactCounts.None);
}
