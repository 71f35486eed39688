using FactApi.Core.Extraction;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Claims;

public sealed class ValuationClaimsTests
{
    private static IReadOnlyList<Claim> Claims(string text)
    {
        var published = new DateOnly(2031, 6, 2);
        var source = new Source("test", SourceKind.Article, "https://example.test/a", "Test", null, published, null, FactCounts.None);
        return new FactExtractor([]).Extract(new ExtractionInput("test", source.Url, source.Title, published, text), source).Claims;
    }

    [Theory]
    [InlineData("Police put the turnout at about 18,000.", "Police", 18_000, "about", "turnout")]
    [InlineData("Police put the turnout at 68,000.", "Police", 68_000, null, "turnout")]
    [InlineData("An expert called by the defence put the figure at no more than 0.9 nanograms, saying the laboratory had erred.", "An expert called by the defence", 0.9, "up to", "nanograms")]
    [InlineData("The harbour board puts the damage at $2 billion.", "The harbour board", 2_000_000_000, null, "USD")]
    [InlineData("Mayor Ilse Varn put the number of homes lost at \"well over 60\".", "Mayor Ilse Varn", 60, "more than", "homes")]
    [InlineData("The hotel association (AHC) puts the number of visitors closer to 700,000.", "The hotel association (AHC)", 700_000, "about", "visitors")]
    [InlineData("The Arden Growers Union (AGU), which says it speaks for about 18,000 farmers in the province, puts the average cost at about 4.10 euros.", "The Arden Growers Union (AGU), which says it speaks for about 18,000 farmers in the province,", 4.1, "about", "euros")]
    public void A_figure_put_at_a_number_is_a_claim_of_whoever_gives_it(string sentence, string speaker, double value, string? qualifier, string unit)
    {
        var claim = Assert.Single(Claims("Harbour count\n\n" + sentence + "\n"), c => c.Cue.StartsWith("put", StringComparison.Ordinal));

        Assert.Equal(speaker, claim.Speaker.Text);
        var number = Assert.Single(claim.Numbers);
        Assert.Equal(((decimal)value, qualifier, unit), (number.Value, number.Qualifier, number.Unit));
    }

    [Fact]
    public void The_number_put_at_a_figure_counts_what_the_count_before_it_did()
    {
        var claim = Assert.Single(
            Claims("Recall count\n\nThe maker said about 180,000 patients had received the tablets. The Heart Patients' Association, a German advocacy group, put the number at more than 600,000, saying stock sold abroad was left out.\n"),
            c => c.Cue == "put");

        Assert.Equal("The Heart Patients' Association, a German advocacy group,", claim.Speaker.Text);
        Assert.Equal("heart-patients-association", claim.Speaker.ActorId);
        var number = Assert.Single(claim.Numbers);
        Assert.Equal((600_000m, "more than", "patients"), (number.Value, number.Qualifier, number.Unit));
    }

    [Fact]
    public void A_figure_given_of_a_number_is_a_claim_of_whoever_gives_it()
    {
        var claim = Assert.Single(
            Claims("Outage count\n\nThe Electricity Authority, the industry regulator, gave a higher preliminary figure of about 52,000 affected connections, saying the count was wrong.\n"),
            c => c.Cue == "gave");

        Assert.Equal("The Electricity Authority, the industry regulator,", claim.Speaker.Text);
        var number = Assert.Single(claim.Numbers);
        Assert.Equal((52_000m, "about", "connections"), (number.Value, number.Qualifier, number.Unit));
    }

    [Fact]
    public void The_speaker_of_a_cue_after_a_valuation_is_the_valuer_not_the_valuation()
    {
        var claims = Claims("Harbour count\n\nMayor Ilse Varn put the number of homes lost at 60 and said crews had not yet reached the farms.\n");

        Assert.DoesNotContain(claims, c => c.Speaker.Text.Contains("put the number", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The council put the plan at risk on Monday.")]
    [InlineData("They put the boats at the quay for 40 days.")]
    public void Put_without_a_figure_right_after_at_is_no_valuation(string sentence)
    {
        Assert.DoesNotContain(Claims("Harbour count\n\n" + sentence + "\n"), c => c.Cue.StartsWith("put", StringComparison.Ordinal));
    }
}
