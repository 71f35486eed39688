namespace FactApi.Core.Tests.Extraction.Claims;

/// <summary>A wire dateline opening the first sentence is not part of its speaker. Invented places and names.</summary>
public sealed class DatelineTests
{
    [Theory]
    [InlineData("TROMSDAL, Arden (AP)_ The Harbour Union said Friday it would end the strike.")]
    [InlineData("TROMSDAL \u2015 The Harbour Union said Friday it would end the strike.")]
    [InlineData("NEW TROMSDAL, Arden (Reuters) - The Harbour Union said Friday it would end the strike.")]
    [InlineData("(WBN) — The Harbour Union said Friday it would end the strike.")]
    [InlineData("14:05 CET - The Harbour Union said Friday it would end the strike.")]
    public void The_speaker_starts_after_the_dateline(string text)
    {
        var claim = Assert.Single(TestArticle.Extract(text).Claims, c => c.Cue.StartsWith("said", StringComparison.Ordinal));

        Assert.Equal("The Harbour Union", claim.Speaker.Text);
    }

    [Theory]
    [InlineData("TROMSDAL (AP) --\n\nThe Harbour Union said Friday it would end the strike.")]
    [InlineData("TROMSDAL, Arden (Reuters) - The Harbour Union said Friday it would end the strike.")]
    [InlineData("TROMSDAL, Arden, March 12 (Xinhua) --\n\nThe Harbour Union said Friday it would end the strike.")]
    [InlineData("TROMSDAL (Australasian Harbour Newswire) - The Harbour Union said Friday it would end the strike.")]
    public void The_place_of_a_dateline_is_no_actor(string text)
    {
        var facts = TestArticle.Extract(text);

        Assert.DoesNotContain(facts.Actors, a => a.Name.Equals("TROMSDAL", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(facts.Actors, a => a.Name == "Harbour Union");
    }

    [Theory]
    [InlineData("TROMSDAL (AP) --", true)]
    [InlineData("TROMSDAL, March 12 (Xinhua) --", true)]
    [InlineData("NEW TROMSDAL, Arden, May 11 (Reuters) -", true)]
    [InlineData("Harbour dues rise in April", false)]
    [InlineData("TROMSDAL (AP) -- The union said", false)]
    [InlineData("(WBN) —", true)]
    [InlineData("09:40 CET -", true)]
    [InlineData("(The union said so) and more", false)]
    public void A_line_is_a_dateline_alone_or_not(string line, bool whole) => Assert.Equal(whole, FactApi.Core.Extraction.Claims.Datelines.IsWhole(line));

    [Fact]
    public void A_subject_sharing_a_second_verb_starts_after_the_dateline()
    {
        var facts = TestArticle.Extract(
            "TROMSDAL, Arden, March 12 (Wire) - Harbour fish farmer Velkan Marine swung to a loss after a storm wrecked its pens, and said it would ask shareholders for fresh capital.");

        var claim = Assert.Single(facts.Claims, c => c.Cue == "said");
        Assert.Equal("Harbour fish farmer Velkan Marine", claim.Speaker.Text);
    }

    [Fact]
    public void Live_blog_times_and_a_broadcasters_tag_are_nobody()
    {
        var facts = TestArticle.Extract(
            "(WBN) — Ash fell on Orvik town for a second day.\n\n14:05 CET - The town of Orvik says about 2,300 residents have left.\n\n" +
            "13:40 CET - Police in Orvik say two hikers are missing.");

        Assert.DoesNotContain(facts.Actors, a => a.Name is "CET" or "WBN");
        Assert.Contains(facts.Claims, c => c.Speaker.Text == "Police in Orvik" && c.Content.Contains("two hikers", StringComparison.Ordinal));
    }
}
