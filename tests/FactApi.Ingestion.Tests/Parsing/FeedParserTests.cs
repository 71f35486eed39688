using FactApi.Ingestion.Parsing;

namespace FactApi.Ingestion.Tests.Parsing;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://courier.example/feeds/harbour.xml");

    [Fact]
    public void Reads_rss_items_with_absolute_links_titles_and_dates()
    {
        var items = FeedParser.Parse(Samples.Text("rss.xml"), FeedUrl);

        Assert.Equal(3, items.Count);
        Assert.Equal(new Uri("https://courier.example/articles/harbour-bridge.html"), items[0].Link);
        Assert.Equal("Orrin Quay bridge reopens after two years of repairs", items[0].Title);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 21, 45, 0, TimeSpan.FromHours(1)), items[0].Published);
        Assert.Equal("Ferry timetable changes for spring", items[1].Title);
        Assert.Equal(new DateTimeOffset(2025, 3, 13, 8, 0, 0, TimeSpan.Zero), items[1].Published);
    }

    [Fact]
    public void A_permalink_guid_stands_in_for_a_missing_link_and_a_bad_date_is_only_dropped()
    {
        var item = FeedParser.Parse(Samples.Text("rss.xml"), FeedUrl)[2];

        Assert.Equal(new Uri("https://courier.example/articles/fish-market"), item.Link);
        Assert.Null(item.Published);
    }

    [Fact]
    public void Reads_atom_entries_resolving_relative_links_against_the_feed_url()
    {
        var items = FeedParser.Parse(Samples.Text("atom.xml"), FeedUrl);

        Assert.Equal(2, items.Count);
        Assert.Equal(new Uri("https://courier.example/feeds/council/harbour-budget"), items[0].Link);
        Assert.Equal("Council approves the harbour budget", items[0].Title);
        Assert.Equal(new DateTimeOffset(2025, 3, 15, 9, 30, 0, TimeSpan.FromHours(1)), items[0].Published);
        Assert.Equal(new Uri("https://courier.example/articles/library-hours"), items[1].Link);

        // No published date: the updated one.
        Assert.Equal(new DateTimeOffset(2025, 3, 12, 16, 0, 0, TimeSpan.Zero), items[1].Published);
    }

    [Theory]
    [InlineData("garbage.xml")]
    [InlineData("not-a-feed.xml")]
    public void Garbage_is_a_source_format_error(string sample)
    {
        var error = Assert.Throws<SourceFormatException>(() => FeedParser.Parse(Samples.Text(sample), FeedUrl));

        Assert.Contains(FeedUrl.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_is_not_a_feed()
    {
        Assert.Throws<SourceFormatException>(() => FeedParser.Parse("Harbour news, no markup at all.", FeedUrl));
    }

    [Fact]
    public void An_external_entity_is_refused_and_nothing_of_the_file_leaks()
    {
        var error = Assert.Throws<SourceFormatException>(() => FeedParser.Parse(Samples.Text("xxe.xml"), FeedUrl));

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_expansion_bomb_is_refused()
    {
        var error = Assert.Throws<SourceFormatException>(() => FeedParser.Parse(Samples.Text("bomb.xml"), FeedUrl));

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", error.Message, StringComparison.Ordinal);
    }
}
