using FactApi.Core.Extraction.Claims;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Claims;

public class SpeechCuesTests
{
    [Theory]
    [InlineData("said")]
    [InlineData("has also accused")]
    [InlineData("even suggesting")]
    [InlineData("has yet to officially respond to")]
    [InlineData("the announcement")]
    [InlineData("griped")]
    [InlineData("is convinced")]
    [InlineData("was pleased")]
    [InlineData("was quoted as saying")]
    [InlineData("fears")]
    [InlineData("show")]
    [InlineData("slammed")]
    [InlineData("emphasizing")]
    [InlineData("started off by emphasizing")]
    [InlineData("took to Twitter overnight to accuse")]
    [InlineData("made a strong condemnation of")]
    [InlineData("put it in a statement")]
    [InlineData("had misgivings about")]
    [InlineData("his claim")]
    [InlineData("according to")]
    [InlineData("\u2015")]
    [InlineData(":")]
    public void Verbs_of_saying_or_thinking_nouns_of_communication_and_layout_marks_report_speech(string cue) =>
        Assert.True(SpeechCues.Reports(cue, QuoteForm.Indirect));

    [Theory]
    [InlineData("imposed sweeping new sanctions")]
    [InlineData("has assembled")]
    [InlineData("tossed")]
    [InlineData("ran a feature")]
    [InlineData("collectively referred to as")]
    [InlineData("dubbed")]
    [InlineData("has been asked")]
    [InlineData("was found clinging")]
    [InlineData("is believed")]
    [InlineData("were told")]
    public void Predicates_of_doing_and_passives_of_saying_do_not(string cue) => Assert.False(SpeechCues.Reports(cue, QuoteForm.Indirect));

    [Fact]
    public void A_quotation_is_speech_whatever_frames_it() => Assert.True(SpeechCues.Reports("tossed", QuoteForm.Direct));
}
