using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Tests.Extraction.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End])];

    [Fact]
    public void Offsets_map_back_to_the_source_text()
    {
        const string text = "  Mayor Ilsa Varnow\tresigned.\n";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["Mayor", "Ilsa", "Varnow", "resigned", "."], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(2, tokens[0].Start);
        Assert.Equal(TokenKind.Punctuation, tokens[^1].Kind);
    }

    [Fact]
    public void Titles_months_and_company_suffixes_keep_their_period()
    {
        Assert.Equal(["Mr.", "Quell", "of", "Tarvo", "Inc.", "met", "Gen.", "Osk", "on", "Jan.", "4", "."], Words("Mr. Quell of Tarvo Inc. met Gen. Osk on Jan. 4."));
    }

    [Fact]
    public void Dotted_acronyms_and_initials_are_single_tokens()
    {
        Assert.Equal(["The", "U.S.", "envoy", "J.", "R.", "R.", "Bellweather", "left", "at", "5", "p.m.", "today", "."], Words("The U.S. envoy J. R. R. Bellweather left at 5 p.m. today."));
        Assert.Equal(["J.R.", "Ostrand"], Words("J.R. Ostrand"));
    }

    [Fact]
    public void Ordinary_words_do_not_keep_a_sentence_period()
    {
        Assert.Equal(["It", "rained", "in", "Lisbon", ".", "Then", "it", "stopped", "."], Words("It rained in Lisbon. Then it stopped."));
    }

    [Fact]
    public void Number_abbreviations_keep_their_period_only_before_a_digit()
    {
        Assert.Equal(["ranked", "No.", "3"], Words("ranked No. 3"));
        Assert.Equal(["she", "said", "No", "."], Words("she said No."));
    }

    [Fact]
    public void Possessives_and_negations_are_split_off()
    {
        Assert.Equal(["Dravik", "'s", "firm", "does", "n't", "sell", "O'Hallan", "'s", "shares"], Words("Dravik's firm doesn't sell O'Hallan's shares"));
        Assert.Equal(["Kessa", "’s", "plan"], Words("Kessa’s plan"));
        Assert.Equal(["the", "workers", "'", "union"], Words("the workers' union"));
    }

    [Fact]
    public void Hyphenated_names_and_words_stay_whole()
    {
        Assert.Equal(["Anna-Lise", "Morrow-Tate", "is", "a", "well-known", "co-founder"], Words("Anna-Lise Morrow-Tate is a well-known co-founder"));
    }

    [Fact]
    public void Numbers_keep_commas_decimals_dates_and_scores()
    {
        Assert.Equal(["$", "1,250.75", "on", "2024-03-01", ",", "won", "3-1", "at", "10:30", ",", "a", ".5", "gain"], Words("$1,250.75 on 2024-03-01, won 3-1 at 10:30, a .5 gain"));
        Assert.Equal(TokenKind.Number, Tokenizer.Tokenize("1,250")[0].Kind);
    }

    [Fact]
    public void Quotes_straight_and_curly_are_separate_tokens()
    {
        var text = "“We will win,” said Varnow. \"Never\" 'maybe'";
        Assert.Equal(["“", "We", "will", "win", ",", "”", "said", "Varnow", ".", "\"", "Never", "\"", "'", "maybe", "'"], Words(text));
        Assert.Equal(TokenKind.Quote, Tokenizer.Tokenize(text)[0].Kind);
    }

    [Fact]
    public void Dashes_and_ellipses_are_single_tokens()
    {
        Assert.Equal(["Yes", "—", "no", "--", "maybe", "...", "later", "…"], Words("Yes—no -- maybe... later…"));
    }

    [Fact]
    public void Urls_and_emails_exclude_trailing_punctuation()
    {
        var words = Words("See https://example.org/a?b=1, or www.example.com. Mail desk@example.net.");
        Assert.Equal(["See", "https://example.org/a?b=1", ",", "or", "www.example.com", ".", "Mail", "desk@example.net", "."], words);
        Assert.Equal(TokenKind.Url, Tokenizer.Tokenize("go to https://example.org")[2].Kind);
    }

    [Fact]
    public void Ampersand_acronyms_and_hyphenated_acronyms_tokenise_as_in_news_corpora()
    {
        Assert.Equal(["Brell", "&", "Osk", "bought", "Q&A", "Ltd", "in", "a", "U.S.", "-", "led", "deal"], Words("Brell & Osk bought Q&A Ltd in a U.S.-led deal"));
    }

    [Fact]
    public void Token_kinds_separate_words_numbers_punctuation_and_symbols()
    {
        var kinds = Tokenizer.Tokenize("Osk paid $5 (about 4%).").Select(t => t.Kind);
        Assert.Equal([TokenKind.Word, TokenKind.Word, TokenKind.Symbol, TokenKind.Number, TokenKind.Punctuation, TokenKind.Word, TokenKind.Number, TokenKind.Punctuation, TokenKind.Punctuation, TokenKind.Punctuation], kinds);
    }

    [Fact]
    public void Empty_and_blank_text_have_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \n\t "));
    }
}
