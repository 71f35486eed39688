using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Claims;

/// <summary>A quotation with no cue of its own that follows a speaker's quoted words goes on with that speaker. Invented text.</summary>
public sealed class ContinuedQuoteTests
{
    [Fact]
    public void A_quotation_opening_the_next_sentence_is_the_same_speakers()
    {
        var set = TestArticle.Extract(
            "“This is a sad day for the harbour,” said Odile Marchetti, head of the dockers' union. " +
            "“The board ignored every warning. It had the reports for years.”\n\n" +
            "The board did not reply.");

        var continued = Assert.Single(set.Claims, c => c.Content.StartsWith("The board ignored every warning", StringComparison.Ordinal));
        Assert.Equal("odile-marchetti", continued.Speaker.ActorId);
        Assert.Equal(QuoteForm.Direct, continued.Form);
        Assert.Contains("said Odile Marchetti", continued.Evidence.Sentence, StringComparison.Ordinal);
        Assert.Contains("It had the reports for years", continued.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotation_after_a_sentence_of_the_reporters_own_is_nobodys_continuation()
    {
        var set = TestArticle.Extract("“This is a sad day,” said Odile Marchetti. The board met on Monday. “The reports were late.”");

        Assert.DoesNotContain(set.Claims, c => c.Content.StartsWith("The reports were late", StringComparison.Ordinal));
    }
}
