using System.Text.Json;
using AngleSharp.Dom;

namespace FactApi.Ingestion.Parsing;

/// <summary>
/// Title, publication date and publisher as a page declares them for machines (Open Graph, article:* meta,
/// JSON-LD, &lt;time datetime&gt;): more reliable than anything guessed from the visible text.
/// </summary>
internal sealed record PageMetadata(string? Title, DateOnly? Published, string? Publisher)
{
    public static PageMetadata Read(IDocument page)
    {
        var article = ArticleNode(page);
        var title = Meta(page, "og:title") ?? (article is { } a ? JsonLd.Text(a, "headline") ?? JsonLd.Text(a, "name") : null);
        var published = SourceDates.ToDate(Meta(page, "article:published_time"))
            ?? (article is { } b ? SourceDates.ToDate(JsonLd.Text(b, "datePublished")) : null)
            ?? SourceDates.ToDate(Meta(page, "date") ?? Meta(page, "pubdate"))
            ?? SourceDates.ToDate(page.QuerySelector("article time[datetime]")?.GetAttribute("datetime"))
            ?? SourceDates.ToDate(page.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var publisher = Meta(page, "og:site_name") ?? (article is { } c ? JsonLd.Name(c, "publisher") : null);
        return new PageMetadata(title, published, publisher);
    }

    /// <summary>A &lt;meta&gt; by property (Open Graph) or name, first non-empty.</summary>
    private static string? Meta(IDocument page, string key) =>
        page.QuerySelectorAll("meta[property], meta[name], meta[itemprop]")
            .Where(m => key.Equals(m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop"), StringComparison.OrdinalIgnoreCase))
            .Select(m => m.GetAttribute("content"))
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => Whitespace.Collapse(c!))
            .FirstOrDefault();

    /// <summary>The page's first JSON-LD article node (NewsArticle, BlogPosting, ReportageNewsArticle...).</summary>
    private static JsonElement? ArticleNode(IDocument page)
    {
        foreach (var block in JsonLd.ScriptBlocks(page))
        {
            try
            {
                using var document = JsonLd.Parse(block);
                foreach (var node in JsonLd.Nodes(document.RootElement))
                {
                    if (JsonLd.HasType(node, t => t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t == "BlogPosting"))
                    {
                        return node.Clone();
                    }
                }
            }
            catch (JsonException)
            {
                // A broken block leaves the other sources of metadata.
            }
        }

        return null;
    }
}
