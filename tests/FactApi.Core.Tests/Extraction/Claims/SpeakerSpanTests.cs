namespace FactApi.Core.Tests.Extraction.Claims;

/// <summary>Where a speaker phrase ends and begins, past what the tagger takes along. Invented names and sentences.</summary>
public sealed class SpeakerSpanTests
{
    [Fact]
    public void An_object_set_before_its_clause_is_not_part_of_the_speaker()
    {
        var facts = TestArticle.Extract("Relatives filed affidavits alleging that Ivan Tarrant abused his wife, a charge Tarrant denied.");

        Assert.Contains(facts.Claims, c => c.Speaker.Text == "Tarrant" && c.Speaker.ActorId == "ivan-tarrant");
        Assert.DoesNotContain(facts.Claims, c => c.Speaker.Text.StartsWith("a charge", StringComparison.Ordinal));
    }

    [Fact]
    public void The_source_of_according_to_ends_at_its_comma()
    {
        var facts = TestArticle.Extract("According to press reports, Caridad Holtby, the oldest sister, was the first to reach Tromsdal, arriving in 1966. " +
            "According to Harbour Union leader Ivan Tarrant, the strike will end on Friday.");

        // Press reports name nobody, so no claim is made of them; the sister the clause is about said nothing.
        Assert.DoesNotContain(facts.Claims, c => c.Speaker.Text.Contains("Holtby", StringComparison.Ordinal));
        Assert.Contains(facts.Claims, c => c.Cue == "According to" && c.Speaker.Text == "Harbour Union leader Ivan Tarrant");
    }
}
