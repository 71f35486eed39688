using FactApi.Ingestion.Parsing;

namespace FactApi.Ingestion.Tests.Parsing;

public sealed class ClaimReviewParserTests
{
    [Fact]
    public void Reads_claim_reviews_from_a_json_ld_graph()
    {
        var items = ClaimReviewParser.Parse(Samples.Text("claimreview.json"));

        // The WebPage and the review without a rating are passed over.
        Assert.Equal(2, items.Count);
        Assert.Equal(
            new ClaimReviewItem(
                "Ferry fares to the northern islands have tripled since last year.",
                "Councillor Bram Oskarsen",
                new DateOnly(2025, 2, 17),
                "Mostly false",
                new Uri("https://checks.example/reviews/ferry-fares"),
                "Coastline Fact Desk",
                new DateOnly(2025, 2, 20)),
            items[0]);
    }

    [Fact]
    public void Falls_back_to_a_numeric_rating_the_earliest_appearance_and_the_publisher()
    {
        var item = ClaimReviewParser.Parse(Samples.Text("claimreview.json"))[1];

        Assert.Equal("1/5", item.Rating);
        Assert.Equal("Orrin Quay Residents' Forum", item.ClaimAuthor);
        Assert.Equal(new DateOnly(2025, 2, 22), item.ClaimDate);
        Assert.Equal("Coastline Fact Desk", item.ReviewPublisher);
        Assert.Equal(new DateOnly(2025, 3, 1), item.ReviewDate);
    }

    [Fact]
    public void Reads_claim_reviews_from_the_script_blocks_of_a_page()
    {
        var item = Assert.Single(ClaimReviewParser.Parse(Samples.Text("claimreview.html")));

        Assert.Equal("The council sold the fish market to a hotel chain.", item.ClaimText);
        Assert.Equal("Talia Brennvik", item.ClaimAuthor);
        Assert.Equal(new DateOnly(2025, 3, 2), item.ClaimDate);
        Assert.Equal("False", item.Rating);
        Assert.Equal(new Uri("https://checks.example/reviews/fish-market"), item.ReviewUrl);
        Assert.Equal("Coastline Fact Desk", item.ReviewPublisher);
        Assert.Equal(new DateOnly(2025, 3, 5), item.ReviewDate);
    }

    [Fact]
    public void A_single_object_and_an_array_are_read_too()
    {
        const string review = """{ "@type": "ClaimReview", "claimReviewed": "The quay floods every spring.", "reviewRating": { "alternateName": "True" } }""";

        Assert.Single(ClaimReviewParser.Parse(review));
        Assert.Single(ClaimReviewParser.Parse($"[{review}, {{ \"@type\": \"Organization\", \"name\": \"Coastline Fact Desk\" }}]"));
    }

    [Theory]
    [InlineData("{ \"@type\": \"ClaimReview\", ")]
    [InlineData("[1, 2")]
    public void Invalid_json_is_a_source_format_error(string body)
    {
        Assert.Throws<SourceFormatException>(() => ClaimReviewParser.Parse(body));
    }

    [Fact]
    public void A_page_whose_only_block_is_broken_is_a_source_format_error()
    {
        Assert.Throws<SourceFormatException>(() => ClaimReviewParser.Parse(
            "<html><head><script type=\"application/ld+json\">{ nope</script></head><body></body></html>"));
    }

    [Fact]
    public void A_page_without_json_ld_has_no_reviews()
    {
        Assert.Empty(ClaimReviewParser.Parse("<html><body><p>Nothing to see.</p></body></html>"));
    }
}
