using System.ServiceModel.Syndication;
using System.Xml;

namespace FactApi.Ingestion.Parsing;

/// <summary>Reads the items of an RSS 2.0 or Atom 1.0 feed, with links made absolute against the feed's URL.</summary>
public static class FeedParser
{
    public static IReadOnlyList<FeedItem> Parse(string xml, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var feed = Load(xml, baseUrl);
        var items = new List<FeedItem>();
        foreach (var item in feed.Items)
        {
            var itemBase = Resolve(feed.BaseUri is null ? baseUrl : Resolve(baseUrl, feed.BaseUri) ?? baseUrl, item.BaseUri) ?? baseUrl;
            if (LinkOf(item, itemBase) is not { } link)
            {
                // Without a link there is no article to fetch.
                continue;
            }

            var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            items.Add(new FeedItem(link, Clean(item.Title?.Text), published == default ? null : published));
        }

        return items;
    }

    private static SyndicationFeed Load(string xml, Uri baseUrl)
    {
        try
        {
            using var reader = SafeXml.Create(xml);
            reader.MoveToContent();

            // The formatters SyndicationFeed.Load picks between, made here so a malformed date costs that date
            // only (FeedDates), not the whole feed.
            SyndicationFeedFormatter formatter = new Rss20FeedFormatter { DateTimeParser = FeedDates.TryParse };
            if (!formatter.CanRead(reader))
            {
                formatter = new Atom10FeedFormatter { DateTimeParser = FeedDates.TryParse };
            }

            if (!formatter.CanRead(reader))
            {
                throw new SourceFormatException(
                    $"{baseUrl}: not an RSS 2.0 or Atom 1.0 feed (root element <{reader.LocalName}> in '{reader.NamespaceURI}').");
            }

            formatter.ReadFrom(reader);
            return formatter.Feed;
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new SourceFormatException(
                $"{baseUrl}: the feed declares a DTD, which is refused (it can pull in external files or expand entities without bound).");
        }
        catch (Exception ex) when (ex is XmlException or NotSupportedException or FormatException or InvalidOperationException)
        {
            // The syndication formatters report malformed feeds with any of these.
            throw new SourceFormatException($"{baseUrl}: not a readable feed: {ex.Message}");
        }
    }

    private static Uri? LinkOf(SyndicationItem item, Uri itemBase)
    {
        var alternate = item.Links.FirstOrDefault(l => string.IsNullOrEmpty(l.RelationshipType) || l.RelationshipType == "alternate")
            ?? item.Links.FirstOrDefault();
        // A curated feed read from a file may link to curated files next to it; a feed from the web only to the web.
        if (Resolve(itemBase, alternate?.Uri) is { } link && (IsHttp(link) || (itemBase.IsFile && link.IsFile)))
        {
            return link;
        }

        // An RSS guid is the permalink unless it says otherwise; Atom ids are often URLs too.
        return Uri.TryCreate(item.Id, UriKind.Absolute, out var id) && IsHttp(id) ? id : null;
    }

    /// <summary>
    /// Resolves from the text as written: on Unix a path like "/news/1" parses as an absolute file: URI, which would
    /// keep it from being resolved against the feed's URL.
    /// </summary>
    private static Uri? Resolve(Uri baseUrl, Uri? link) =>
        link is null ? null : Uri.TryCreate(baseUrl, link.OriginalString.Trim(), out var resolved) ? resolved : null;

    private static bool IsHttp(Uri url) => url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : Whitespace.Collapse(text);
}
