using FactApi.Core.Extraction;
using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Claims;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Claims;

/// <summary>Which attributions become claims, given the spans (the tagger's part is tested elsewhere).</summary>
public class ClaimsFromAttributionsTests
{
    private const string Text = "Lena Ortiz has called for talks on the crossing at Harn next week. " +
        "The surprise offer came hours after Arvid Sten arrived, urging a pause. Sten dismissed the offer and called for patience.";

    private static readonly SentenceView First = Sentence(0);
    private static readonly SentenceView Second = Sentence(1);
    private static readonly SentenceView Third = Sentence(2);

    private static SentenceView Sentence(int index)
    {
        var starts = new[] { 0, Text.IndexOf("The surprise", StringComparison.Ordinal), Text.IndexOf("Sten dismissed", StringComparison.Ordinal), Text.Length + 1 };
        var (start, end) = (starts[index], starts[index + 1] - 1);
        return new SentenceView(start, end, Text[start..end], [], [], []);
    }

    private static TextSpan At(string part, int from = 0)
    {
        var start = Text.IndexOf(part, from, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }

    private static Attribution Said(SentenceView sentence, string speaker, string id, string cue, TextSpan content)
    {
        var source = At(speaker, sentence.Start);
        var mention = new ActorMention(source.Start, source.End, id, speaker, ActorKind.Person, false);
        return new Attribution(sentence, source, mention, At(cue, sentence.Start), content, QuoteForm.Indirect);
    }

    private static IReadOnlyList<Claim> Claims(params Attribution[] attributions) =>
        ClaimExtractor.FromAttributions(new ExtractionInput("test", null, null, new DateOnly(2031, 6, 2), Text), [First, Second, Third], attributions, new NoiseLines(Text));

    [Fact]
    public void A_cue_does_not_take_from_a_neighbouring_sentence_a_content_another_cue_has()
    {
        var talks = At("talks on the crossing at Harn next week");
        var claims = Claims(
            Said(First, "Lena Ortiz", "lena-ortiz", "has called for", talks),
            Said(Second, "Arvid Sten", "arvid-sten", "urging", talks));

        Assert.Equal("lena-ortiz", Assert.Single(claims).Speaker.ActorId);
    }

    [Fact]
    public void A_content_of_a_neighbouring_sentence_no_other_cue_has_is_kept()
    {
        // "“We will not give in.” The ministry said so on Monday." takes the quotation before it.
        var claims = Claims(Said(Second, "Arvid Sten", "arvid-sten", "urging", At("talks on the crossing at Harn next week")));

        Assert.Equal("arvid-sten", Assert.Single(claims).Speaker.ActorId);
    }

    [Fact]
    public void One_speakers_content_taken_by_two_of_their_cues_is_claimed_once()
    {
        var offer = At("the offer", Third.Start);
        var claims = Claims(
            Said(Third, "Sten", "arvid-sten", "dismissed", offer),
            Said(Third, "Sten", "arvid-sten", "called for", offer));

        Assert.Equal("dismissed", Assert.Single(claims).Cue);
    }

    [Fact]
    public void A_cue_followed_by_a_count_in_its_sentence_does_not_take_a_quotation_from_another()
    {
        const string text = "\u201CThe meadows need a rest,\u201D said the minister. The trail recorded more than 410,000 visits last year.";
        var quote = new TextSpan(1, text.IndexOf(',', StringComparison.Ordinal));
        var second = text.IndexOf("The trail", StringComparison.Ordinal);
        var sentences = new[] { new SentenceView(0, second - 1, text[..(second - 1)], [], [], []), new SentenceView(second, text.Length, text[second..], [], [], []) };
        var source = new TextSpan(second, second + "The trail".Length);
        var cue = text.IndexOf("recorded", StringComparison.Ordinal);
        var attribution = new Attribution(sentences[1], source, null, new TextSpan(cue, cue + "recorded".Length), quote, QuoteForm.Direct);

        var claims = ClaimExtractor.FromAttributions(new ExtractionInput("test", null, null, new DateOnly(2031, 6, 2), text), sentences, [attribution], new NoiseLines(text));

        Assert.Empty(claims);
    }

    [Theory]
    [InlineData("Police put the crowd at about 300 people; organisers said more than 1,000 had taken part.", "more than 1,000 had taken part", "people")]
    [InlineData("The utility says 145 tanker trucks are out. A councillor says only about 70 were on the streets.", "only about 70 were on the streets", "trucks")]
    [InlineData("The utility says 145 tanker trucks are out.\nA councillor says only about 70 were on the streets.", "only about 70 were on the streets", null)]
    [InlineData("Police put the crowd at about 300 people; organisers said 1,000 flags.", "1,000 flags", "flags")]
    [InlineData("Police put the crowd at about 300 people; organisers said the march lasted 3 hours.", "the march lasted 3 hours", "hours")]
    public void A_bare_count_that_opens_what_was_said_counts_what_the_count_before_it_in_its_paragraph_counts(string text, string content, string? unit)
    {
        var numbers = ElidedUnits.Resolve(text, text.IndexOf(content, StringComparison.Ordinal), content, NumberExtractor.Find(content));

        Assert.Equal(unit, numbers[0].Unit);
    }
}
