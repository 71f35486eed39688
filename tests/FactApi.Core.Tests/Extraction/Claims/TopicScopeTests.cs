using FactApi.Core.Disputes;
using FactApi.Core.Extraction;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Claims;

/// <summary>A claim's topic names the countries of its story, so unrelated stories' counts never make one dispute.</summary>
public sealed class TopicScopeTests
{
    private static IReadOnlyList<Claim> Claims(string id, string text)
    {
        var published = new DateOnly(2031, 6, 2);
        var source = new Source(id, SourceKind.Article, $"https://example.test/{id}", "Test", null, published, null, FactCounts.None);
        return new FactExtractor([]).Extract(new ExtractionInput(id, source.Url, source.Title, published, text), source).Claims;
    }

    private const string Storm = "Storm toll rises\n\n" +
        "Ana Mbela, who heads the disaster agency of Mozambique, said on Monday that 73 people had died in the storm. " +
        "Governor Jose Tembe said at least 112 people had died in Mozambique. " +
        "Neighbouring Malawi reported heavy rain.\n";

    private const string Clash = "Border clash\n\n" +
        "Kyrgyzstan said four of its border guards had died in the fighting with Tajikistan. " +
        "Tajikistan said more than 15 people had died on the Kyrgyz side. Kyrgyzstan denied the figure.\n";

    [Fact]
    public void A_story_in_one_country_is_scoped_to_it_and_not_to_a_neighbour_named_once()
    {
        var topics = Claims("storm", Storm).Select(c => c.Topic).OfType<string>().Distinct().ToList();

        Assert.Equal(["deaths (Mozambique)"], topics);
    }

    [Fact]
    public void A_story_between_two_countries_names_both_in_order()
    {
        var topics = Claims("clash", Clash).Select(c => c.Topic).OfType<string>().Distinct().ToList();

        Assert.Equal(["deaths (Kyrgyzstan, Tajikistan)"], topics);
    }

    [Fact]
    public void Counts_of_deaths_in_two_unrelated_stories_are_two_disputes_not_one()
    {
        var claims = Claims("storm", Storm).Concat(Claims("clash", Clash)).Where(c => c.Topic is not null).ToList();

        var disputes = claims.GroupBy(c => c.Topic!).Select(g => DisputeFinder.Find(g.Key, g)).OfType<Dispute>().ToList();

        Assert.Equal(2, disputes.Count);
        Assert.All(disputes, d => Assert.Single(d.Sides.Select(s => s.Evidence.SourceId).Distinct()));
    }

    [Fact]
    public void An_article_naming_no_country_keeps_the_bare_topic()
    {
        var claim = Assert.Single(Claims("plant", "Plant fire\n\nThe fire brigade said 12 people had died in the blaze at the plant.\n"));

        Assert.Equal("deaths", claim.Topic);
    }
}
