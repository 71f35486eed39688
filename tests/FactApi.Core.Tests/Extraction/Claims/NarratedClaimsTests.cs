using FactApi.Core.Extraction.Claims;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Claims;

/// <summary>Counts an article states in its own voice are the publication's claims; what its sources say stays theirs.</summary>
public sealed class NarratedClaimsTests
{
    private const string Text =
        "Twenty-nine people were injured when a crane fell at the Harbourtown docks on Friday. " +
        "Port director Anselm Kravic said 12 berths would stay closed. " +
        "The docks handled ships from 40 countries last year.";

    private static FactSet Extract(string? publisher) => TestArticle.Extract(Text, publisher);

    [Fact]
    public void A_count_nobody_is_reported_saying_is_the_publications_claim()
    {
        var narrated = Extract("Harbour Gazette").Claims.Where(c => c.Cue == NarratedClaims.Cue).ToList();

        Assert.Equal(2, narrated.Count);
        Assert.All(narrated, c => Assert.Equal(new Speaker(null, "Harbour Gazette"), c.Speaker));
        Assert.Equal((29m, "people"), (narrated[0].Numbers.Single().Value, narrated[0].Numbers.Single().Unit));
        Assert.StartsWith("Twenty-nine people were injured", narrated[0].Evidence.Sentence, StringComparison.Ordinal);
        Assert.Equal(40m, narrated[1].Numbers.Single().Value);
    }

    [Fact]
    public void A_count_a_source_gives_stays_that_sources_claim()
    {
        var claims = Extract(null).Claims;

        var kravic = Assert.Single(claims, c => c.Speaker.ActorId == "anselm-kravic");
        Assert.Equal(12m, kravic.Numbers.Single().Value);
        Assert.DoesNotContain(claims, c => c.Cue == NarratedClaims.Cue && c.Numbers.Any(n => n.Value == 12));
        Assert.All(claims.Where(c => c.Cue == NarratedClaims.Cue), c => Assert.Equal("the article", c.Speaker.Text));
    }

    [Fact]
    public void How_many_is_answered_from_the_articles_own_count()
    {
        var set = Extract("Harbour Gazette");
        var answerer = TestArticle.AnswererOver(set);

        var answer = answerer.Ask("How many people were injured at the docks?", new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("Twenty-nine people", answer.Body!.Text, StringComparison.Ordinal);
    }
}
