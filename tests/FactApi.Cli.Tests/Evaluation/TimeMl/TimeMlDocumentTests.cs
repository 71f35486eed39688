using FactApi.Cli.Evaluation.TimeMl;

namespace FactApi.Cli.Tests.Evaluation.TimeMl;

public class TimeMlDocumentTests
{
    private const string Xml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-14" functionInDocument="CREATION_TIME">May 14</TIMEX3></DCT>
        <TEXT>Ships &amp; planes <EVENT eid="e1">left</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-05-12">Monday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.</TEXT>
        </TimeML>
        """;

    [Fact]
    public void Reads_text_dct_and_gold_offsets()
    {
        var doc = TimeMlDocument.Parse("x.tml", Xml);
        Assert.Equal("Ships & planes left Monday for two weeks.", doc.Text);
        Assert.Equal(new DateOnly(2025, 5, 14), doc.Published);
        Assert.Equal(2, doc.Gold.Count);
        Assert.Equal("Monday", doc.Text[doc.Gold[0].Start..doc.Gold[0].End]);
        Assert.Equal(("DURATION", "P2W"), (doc.Gold[1].Type, doc.Gold[1].Value));
        Assert.Equal("two weeks", doc.Text[doc.Gold[1].Start..doc.Gold[1].End]);
    }

    [Fact]
    public void Dct_with_time_keeps_the_date()
    {
        var doc = TimeMlDocument.Parse("x.tml", Xml.Replace("value=\"2025-05-14\"", "value=\"2025-05-14T09:30\"", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2025, 5, 14), doc.Published);
    }
}
