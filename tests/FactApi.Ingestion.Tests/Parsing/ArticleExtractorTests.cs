using FactApi.Ingestion.Parsing;

namespace FactApi.Ingestion.Tests.Parsing;

public sealed class ArticleExtractorTests
{
    private static readonly Uri PageUrl = new("https://courier.example/articles/harbour-bridge.html");

    [Fact]
    public void Keeps_the_story_in_paragraphs()
    {
        var article = ArticleExtractor.Extract(Samples.Text("article.html"), "text/html", PageUrl);

        Assert.StartsWith("The swing bridge over the Orrin Quay channel opened to traffic again", article.Text, StringComparison.Ordinal);
        Assert.Contains("a third more than the council first budgeted.\n\n\"The channel is the town's front door", article.Text, StringComparison.Ordinal);
        Assert.Contains("spring market on the quay to bring visitors back across the water.", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cookies")]
    [InlineData("Subscribe today")]
    [InlineData("Weather forecast")]
    [InlineData("Most read")]
    [InlineData("Lighthouse keeper retires")]
    [InlineData("All rights reserved")]
    public void Drops_the_page_around_the_story(string noise)
    {
        var article = ArticleExtractor.Extract(Samples.Text("article.html"), "text/html; charset=utf-8", PageUrl);

        Assert.DoesNotContain(noise, article.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Reads_title_date_and_publisher_from_the_metadata()
    {
        var article = ArticleExtractor.Extract(Samples.Text("article.html"), "text/html", PageUrl);

        Assert.Equal("Orrin Quay bridge reopens after two years of repairs", article.Title);

        // article:published_time, as the date in its own offset (14 March in Orrin Quay, though UTC says 20:45).
        Assert.Equal(new DateOnly(2025, 3, 14), article.PublishedAt);
        Assert.Equal("Vellmora Courier", article.Publisher);
    }

    [Fact]
    public void Falls_back_to_json_ld_and_time_elements_without_meta_tags()
    {
        var html = Samples.Text("article.html")
            .Replace("<meta property=\"og:title\"", "<meta property=\"x:title\"", StringComparison.Ordinal)
            .Replace("<meta property=\"og:site_name\"", "<meta property=\"x:site\"", StringComparison.Ordinal)
            .Replace("<meta property=\"article:published_time\"", "<meta property=\"x:time\"", StringComparison.Ordinal);

        var article = ArticleExtractor.Extract(html, "text/html", PageUrl);

        Assert.Equal("Bridge reopens (JSON-LD headline)", article.Title);
        Assert.Equal(new DateOnly(2025, 3, 10), article.PublishedAt);
        Assert.Equal("Courier Media Group", article.Publisher);
    }

    [Fact]
    public void Plain_text_is_kept_as_it_is_with_the_first_line_as_title()
    {
        const string text = "Harbour dues rise in April\r\n\r\nThe harbour authority will raise mooring dues by six percent.\r\nSmall boats are exempt.";

        var article = ArticleExtractor.Extract(text, "text/plain; charset=utf-8", PageUrl);

        Assert.Equal("Harbour dues rise in April", article.Title);
        Assert.Equal("Harbour dues rise in April\n\nThe harbour authority will raise mooring dues by six percent.\nSmall boats are exempt.", article.Text);
        Assert.Null(article.PublishedAt);
        Assert.Null(article.Publisher);
    }

    [Fact]
    public void A_first_line_that_is_only_a_wire_dateline_is_no_title()
    {
        var article = ArticleExtractor.Extract("TROMSDAL (AP) --\n\nThe harbour authority will raise mooring dues by six percent.", "text/plain", PageUrl);

        Assert.Null(article.Title);
        Assert.StartsWith("TROMSDAL (AP) --", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_tags_is_plain_text_whatever_the_content_type()
    {
        var article = ArticleExtractor.Extract("One line only, with 3 < 4 in it.", null, PageUrl);

        Assert.Null(article.Title);
        Assert.Equal("One line only, with 3 < 4 in it.", article.Text);
    }
}
