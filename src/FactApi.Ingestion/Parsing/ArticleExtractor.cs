using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace FactApi.Ingestion.Parsing;

/// <summary>
/// The story of an article page without the page around it. SmartReader (a port of Firefox's Readability) finds
/// the main content, so navigation, "most read" boxes, cookie banners and footers never become text; the title,
/// date and publisher come from the page's metadata (<see cref="PageMetadata"/>). Plain text is kept as it is.
/// </summary>
public static class ArticleExtractor
{
    // Leaf blocks of the extracted content: each becomes one paragraph of Text.
    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt";

    public static ArticleContent Extract(string body, string? contentType, Uri url)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(url);
        if (PlainText.Is(body, contentType))
        {
            return PlainText.Read(body);
        }

        using var page = new HtmlParser().ParseDocument(body);
        var metadata = PageMetadata.Read(page);
        var article = MainContent(body, url);
        var paragraphs = article is { IsReadable: true, Content.Length: > 0 } ? Paragraphs(article.Content) : [];
        if (paragraphs.Count == 0)
        {
            paragraphs = FallbackParagraphs(page);
        }

        if (paragraphs.Count == 0)
        {
            throw new SourceFormatException($"{url}: no article text found on the page.");
        }

        return new ArticleContent(
            metadata.Title ?? Clean(article?.Title) ?? Clean(page.Title),
            string.Join("\n\n", paragraphs),
            metadata.Published ?? (article?.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null),
            metadata.Publisher ?? Clean(article?.SiteName));
    }

    private static Article? MainContent(string html, Uri url)
    {
        using var reader = new Reader(url.AbsoluteUri, html)
        {
            // Short news items (a few paragraphs) are still articles; the default 500 characters drops some.
            CharThreshold = 250,
        };
        var article = reader.GetArticle();
        return article.Completed ? article : null;
    }

    private static List<string> Paragraphs(string contentHtml)
    {
        using var content = new HtmlParser().ParseDocument(contentHtml);
        return LeafBlocks(content.Body!);
    }

    /// <summary>When Readability finds no article: the paragraphs outside the page's furniture.</summary>
    private static List<string> FallbackParagraphs(IDocument page)
    {
        foreach (var furniture in page.QuerySelectorAll("nav, header, footer, aside, form, script, style, noscript, [role=navigation], [role=banner], [role=contentinfo]").ToList())
        {
            furniture.Remove();
        }

        var root = page.QuerySelector("article") ?? page.QuerySelector("main") ?? page.Body;
        return root is null ? [] : LeafBlocks(root);
    }

    private static List<string> LeafBlocks(IElement root)
    {
        var blocks = root.QuerySelectorAll(Blocks).Where(e => e.QuerySelector(Blocks) is null).ToList();
        var texts = blocks.Count > 0 ? blocks.Select(b => b.TextContent) : [root.TextContent];
        return texts.Select(Whitespace.Collapse).Where(t => t.Length > 0).ToList();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : Whitespace.Collapse(text);
}
