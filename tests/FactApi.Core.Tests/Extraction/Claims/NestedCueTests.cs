using FactApi.Core.Extraction;
using FactApi.Core.Extraction.Claims;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Claims;

/// <summary>A cue inside another attribution's content may not take a speaker from outside that content.</summary>
public sealed class NestedCueTests
{
    private const string Text = "The harbour board said Mayor Ilse Varnholt has approved the new ferry schedule.";

    private static readonly SentenceView Sentence = new(0, Text.Length, Text, [], [], []);

    [Fact]
    public void An_inner_cue_paired_with_the_outer_speaker_is_dropped_and_one_with_its_own_speaker_stays()
    {
        var outer = At("The harbour board", "said", "Mayor Ilse Varnholt has approved the new ferry schedule");
        var acrossTheOuterCue = At("The harbour board", "has approved", "the new ferry schedule");
        var ownSpeaker = At("Mayor Ilse Varnholt", "has approved", "the new ferry schedule");

        Assert.Equal([outer], ClaimExtractor.WithoutNested([outer, acrossTheOuterCue]));
        Assert.Equal([outer, ownSpeaker], ClaimExtractor.WithoutNested([outer, ownSpeaker]));
    }

    private static Attribution At(string source, string cue, string content) =>
        new(Sentence, Span(source), null, Span(cue), Span(content), QuoteForm.Indirect);

    private static TextSpan Span(string part)
    {
        var start = Text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }
}
