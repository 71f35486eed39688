using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Tests.Extraction.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) => [.. SentenceSplitter.Split(text).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Splits_at_full_stops_question_and_exclamation_marks()
    {
        Assert.Equal(["The vote passed.", "Was it fair?", "Nobody knows!"], Sentences("The vote passed. Was it fair? Nobody knows!"));
    }

    [Fact]
    public void Titles_and_initials_do_not_end_sentences()
    {
        Assert.Equal(
            ["Mr. Quell met Dr. Anvari and J. R. Osk in St. Brill on Monday.", "They agreed."],
            Sentences("Mr. Quell met Dr. Anvari and J. R. Osk in St. Brill on Monday. They agreed."));
    }

    [Fact]
    public void A_lawmakers_party_and_state_do_not_end_the_sentence()
    {
        Assert.Equal(
            ["“It is late,” said Rep. Ann Roevik (D-N.C.), head of the caucus.", "She left."],
            Sentences("“It is late,” said Rep. Ann Roevik (D-N.C.), head of the caucus. She left."));
    }

    [Fact]
    public void A_sentence_ending_abbreviation_ends_the_sentence_before_an_opener()
    {
        Assert.Equal(["She moved to the U.S.", "The move was quiet."], Sentences("She moved to the U.S. The move was quiet."));
        Assert.Equal(["Shares of Tarvo Inc. rose."], Sentences("Shares of Tarvo Inc. rose."));
        Assert.Equal(["The U.S. Senate voted."], Sentences("The U.S. Senate voted."));
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence()
    {
        Assert.Equal(
            ["“We will not resign.”", "Varnow said it twice."],
            Sentences("“We will not resign.” Varnow said it twice."));
        Assert.Equal(["\"Why?\" he asked."], Sentences("\"Why?\" he asked."));
    }

    [Fact]
    public void Blank_lines_separate_headlines_from_the_body()
    {
        Assert.Equal(["Floods hit Ostrava", "Rivers rose overnight."], Sentences("Floods hit Ostrava\n\nRivers rose overnight."));
    }

    [Fact]
    public void Decimals_and_lower_case_continuations_do_not_split()
    {
        Assert.Equal(["Growth was 2.5 percent... roughly as forecast."], Sentences("Growth was 2.5 percent... roughly as forecast."));
    }

    [Fact]
    public void Sentences_point_at_their_tokens()
    {
        var doc = Document.Create("One two. Three four five.");
        Assert.Equal(2, doc.Sentences.Count);
        Assert.Equal(3, doc.Sentences[0].TokenCount);
        Assert.Equal(3, doc.Sentences[1].FirstToken);
        Assert.Equal("Three", doc.TokenText(doc.Sentences[1].FirstToken));
    }
}
