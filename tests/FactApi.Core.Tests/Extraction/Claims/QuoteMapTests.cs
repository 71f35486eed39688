using FactApi.Core.Extraction.Claims;

namespace FactApi.Core.Tests.Extraction.Claims;

public class QuoteMapTests
{
    private static List<string> Quotations(string text)
    {
        var map = new QuoteMap(text);
        var found = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (map.OpeningOf(i) is { } open)
            {
                found.Add(text[open..(i + 1)]);
            }
        }

        return found;
    }

    [Fact]
    public void A_closing_mark_before_a_word_with_nothing_open_opens_a_quotation()
    {
        var found = Quotations("Captions:\n\n\u201DThe ferry is late again.\u201D \u2015 Ines Varga\n");

        Assert.Equal(["\u201DThe ferry is late again.\u201D"], found);
    }

    [Fact]
    public void A_quotation_inside_another_on_one_line_nests()
    {
        var found = Quotations("\u201CI would rather walk than take what he calls \u201Ca ferry\u201D again.\u201D \u2015 Tomas Berg\n");

        Assert.Equal(["\u201CI would rather walk than take what he calls \u201Ca ferry\u201D again.\u201D"], found);
    }

    [Fact]
    public void A_quotation_over_paragraphs_opens_each_anew()
    {
        // The first paragraph's mark is left open, as news style writes a quotation that runs on.
        var found = Quotations("\u201CThe cranes were unsafe.\n\n\u201CNobody listened,\u201D she said.");

        Assert.Equal(["\u201CNobody listened,\u201D"], found);
    }

    [Fact]
    public void A_line_whose_nesting_leaves_its_quotation_open_is_read_without_nesting()
    {
        var found = Quotations("\u201CWe are ready, she said. \u201CNobody listened,\u201D he said, \u201Cand nobody will.\u201D");

        Assert.Equal(["\u201CNobody listened,\u201D", "\u201Cand nobody will.\u201D"], found);
    }

    [Fact]
    public void A_closing_mark_before_a_word_opens_a_quotation_on_a_new_line_even_with_an_earlier_one_open()
    {
        var found = Quotations("He said \u201Cno.\n\nLater: \u201Dyes\u201D and \u201Cmaybe\u201D.");

        Assert.Equal(["\u201Dyes\u201D", "\u201Cmaybe\u201D"], found);
    }

    [Fact]
    public void Wire_copy_backticks_and_apostrophes_are_quotation_marks()
    {
        const string text = "``We sail at dawn,'' the captain said. ``Not before.''\n";
        var map = new QuoteMap(text);

        Assert.Equal(["``We sail at dawn,''", "``Not before.''"], Quotations(text));
        Assert.False(map.Inside(1));
        Assert.True(map.Inside(2));
        Assert.False(map.Inside(text.IndexOf("''", StringComparison.Ordinal)));
        Assert.Equal("We sail at dawn,", text[map.Inner(0, 19).Start..map.Inner(0, 19).End]);
    }
}
