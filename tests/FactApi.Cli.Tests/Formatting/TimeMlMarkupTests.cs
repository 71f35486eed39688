using FactApi.Cli.Evaluation.TimeMl;
using FactApi.Cli.Formatting;
using FactApi.Core.Extraction.Dates;

namespace FactApi.Cli.Tests.Formatting;

public class TimeMlMarkupTests
{
    [Fact]
    public void Markup_reads_back_as_the_same_spans_and_text()
    {
        const string text = "Rates rose 5% & more on Monday, two weeks after <the> vote.";
        var anchor = new DateOnly(2025, 5, 14);
        var found = new[]
        {
            new TimeExpression(24, 30, "Monday", TimexType.Date, "2025-05-12"),
            new TimeExpression(32, 41, "two weeks", TimexType.Duration, "P2W"),
        };

        var doc = TimeMlDocument.Parse("x.tml", TimeMlMarkup.Write(text, anchor, found));

        Assert.Equal(text, doc.Text);
        Assert.Equal(anchor, doc.Published);
        Assert.Equal([(24, 30, "DATE", "2025-05-12"), (32, 41, "DURATION", "P2W")], doc.Gold.Select(g => (g.Start, g.End, g.Type, g.Value)));
    }
}
