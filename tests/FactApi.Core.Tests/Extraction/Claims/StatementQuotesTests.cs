using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Claims;

/// <summary>
/// A statement quoted after a colon, paragraph by paragraph with only the last one closed, is what the speaker of the
/// colon's sentence said, in full. Invented names and words.
/// </summary>
public sealed class StatementQuotesTests
{
    private const string Statement =
        "At a press conference on Wednesday, the board's chief executive, Mara Tull, read a prepared statement:\n\n" +
        "\"At about ten last night a member of the public called our helpline. Within the hour our staff had confirmed the pictures were real.\n\n" +
        "\"Our early assessment is that the images came from a sealed packet opened in error, not from our own systems.\n\n" +
        "\"I am deeply sorry to the students.\"\n\n" +
        "Tull declined to say where the packet had been opened.";

    [Fact]
    public void The_paragraphs_after_the_colon_are_the_speakers_direct_words()
    {
        var facts = TestArticle.Extract(Statement);

        var claim = Assert.Single(facts.Claims, c => c.Content.Contains("sealed packet", StringComparison.Ordinal));
        Assert.Equal("read a prepared statement", claim.Cue);
        Assert.Equal(QuoteForm.Direct, claim.Form);
        Assert.Contains("Mara Tull", claim.Speaker.Text, StringComparison.Ordinal);
        Assert.StartsWith("At about ten last night", claim.Content, StringComparison.Ordinal);
        Assert.EndsWith("sorry to the students", claim.Content, StringComparison.Ordinal);
        // Words of the statement are nobody else's claims.
        Assert.DoesNotContain(facts.Claims, c => c != claim && c.Evidence.Start > claim.Evidence.Start && c.Evidence.Start < claim.Evidence.End);
    }

    [Fact]
    public void A_quotation_with_its_own_attribution_after_a_colon_is_left_to_it()
    {
        var facts = TestArticle.Extract(
            "The mood at the harbour was grim:\n\n\"We will not give up,\" said the union leader, Per Lunde.\n\n\"Nor will we,\" the owner said.");

        Assert.Contains(facts.Claims, c => c.Content == "We will not give up" && c.Speaker.Text.Contains("union leader", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_attribution_the_colon_ends_takes_the_statement()
    {
        var facts = TestArticle.Extract(
            "Harbour officials said 40 people had died, and the governor, Ann Bell, said in a statement:\n\n" +
            "\"We mourn them all.\n\n\"We will rebuild the harbour.\"\n\nThe port stays shut.");

        Assert.Contains(facts.Claims, c => c.Content.Contains("40 people had died", StringComparison.Ordinal));
        var statement = Assert.Single(facts.Claims, c => c.Content.Contains("rebuild", StringComparison.Ordinal));
        Assert.Contains("We mourn them all", statement.Content, StringComparison.Ordinal);
        Assert.Equal(facts.Claims.Count, facts.Claims.Select(c => c.Id).Distinct().Count());
    }
}
