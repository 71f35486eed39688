using FactApi.Core.Extraction.Claims;

namespace FactApi.Core.Tests.Extraction.Claims;

public class LayoutAttributionsTests
{
    private static List<(string Source, string Cue, string Content)> Find(string text) =>
        [.. LayoutAttributions.Find(text, new QuoteMap(text)).Select(a => (text[a.Source.Start..a.Source.End], text[a.Cue.Start..a.Cue.End], text[a.Content.Start..a.Content.End]))];

    [Fact]
    public void A_quotation_signed_with_a_dash_names_its_speaker()
    {
        var found = Find("Readers wrote in.\n\n\u201CThe ferry has not run on time all winter.\u201D \u2015 Ines Varga\n\u201CFix the timetable first.\u201D \u2014 Tomas Berg.\n");

        Assert.Equal(2, found.Count);
        Assert.Equal(("Ines Varga", "\u2015", "\u201CThe ferry has not run on time all winter.\u201D"), found[0]);
        Assert.Equal(("Tomas Berg", "\u2014", "\u201CFix the timetable first.\u201D"), found[1]);
    }

    [Fact]
    public void Transcript_turns_name_their_speakers_and_a_lone_header_does_not()
    {
        var transcript = Find("Partial transcript:\n\nHOST: Will the bridge reopen this year?\nMAYOR HOLM: We expect it to reopen in October.\nHOST: And the ferry?\n");
        var header = Find("Ferry strike ends\n\nUPDATE: The unions signed the agreement on Friday.\n");
        var furniture = Find("VIDEO: the harbour at dawn.\nEMAIL: desk@example.test\nVIDEO: the bridge.\n");
        var datelines = Find("In brief\n\nLONDON: Ferry fares rose in March.\nOSLO: The harbour reopened on Monday.\n");

        Assert.Equal([("HOST", ":", "Will the bridge reopen this year?"), ("MAYOR HOLM", ":", "We expect it to reopen in October."), ("HOST", ":", "And the ferry?")], transcript);
        Assert.Empty(header);
        Assert.Empty(furniture);
        Assert.Empty(datelines);
    }

    [Fact]
    public void Transcript_lines_ending_in_carriage_returns_are_found()
    {
        var found = Find("HOST: Will the bridge reopen?\r\nMAYOR HOLM: In October.\r\nHOST: Thank you.\r\n");

        Assert.Equal([("HOST", ":", "Will the bridge reopen?"), ("MAYOR HOLM", ":", "In October."), ("HOST", ":", "Thank you.")], found);
    }

    [Fact]
    public void A_signature_between_no_break_spaces_and_with_a_bare_initial_is_found()
    {
        var found = Find("\u201CThe ferry has not run on time.\u201D\u00A0\u2015\u00A0Ana M Ruiz\u00A0\n\u201CFix it.\u201D \u2015 Tomas Berg\n");

        Assert.Equal([("Ana M Ruiz", "\u2015", "\u201CThe ferry has not run on time.\u201D"), ("Tomas Berg", "\u2015", "\u201CFix it.\u201D")], found);
    }
}
