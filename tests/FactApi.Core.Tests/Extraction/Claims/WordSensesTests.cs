using FactApi.Core.Extraction.Claims.Tagging;

namespace FactApi.Core.Tests.Extraction.Claims;

public class WordSensesTests
{
    // WordNet's file layout, cut down: index lines list synset offsets commonest first; data lines give each offset's lexicographer file.
    private static readonly string[] VerbIndex =
    [
        "  1 this software and database is being provided to you",
        "grumble v 2 2 @ ~ 2 0 00000002 00000001  ",
        "rumble v 1 1 @ 1 0 00000001  ",
        "take_on v 1 1 @ 1 0 00000002  ",
    ];

    private static readonly string[] VerbData =
    [
        "00000001 39 v 01 rumble 0 001 @ 00000009 v 0000 | make a low noise  ",
        "00000002 32 v 01 grumble 0 001 @ 00000009 v 0000 | complain in a low voice  ",
    ];

    private static readonly string[] NounIndex =
    [
        "grumble n 1 1 @ 1 0 00000003  ",
        "quangocrat n 1 1 @ 1 0 00000004  ",
    ];

    private static readonly string[] NounData =
    [
        "00000003 10 n 01 grumble 0 001 @ 00000009 n 0000 | a complaint  ",
        "00000004 18 n 01 quangocrat 0 001 @ 00000009 n 0000 | an official of a quango  ",
    ];

    [Fact]
    public void Build_gives_each_plain_lemma_its_commonest_fields_and_every_speech_sense()
    {
        var senses = WordSenses.Build(VerbIndex, VerbData, NounIndex, NounData, ["grumbled grumble"], ["quangocrati quangocrat"])
            .ToDictionary(s => s.Word, s => s.Sense);

        Assert.Equal("32 10 cp", senses["grumble"]);
        Assert.Equal("39 - p", senses["rumble"]);
        Assert.Equal("- 18 -", senses["quangocrat"]);
        Assert.Equal("32 - cp", senses["grumbled"]);
        Assert.Equal("- 18 -", senses["quangocrati"]);
        Assert.False(senses.ContainsKey("take_on"));
    }

    [Fact]
    public void Parse_packs_verb_file_noun_file_and_speech_bits_apart()
    {
        var grumble = WordSenses.Parse("32 10 cp");
        var quangocrat = WordSenses.Parse("- 18 -");

        Assert.Equal(WordSenses.Parse("32 - -") | WordSenses.Parse("- 10 -"), (int)WordSenses.Field(grumble));
        Assert.Equal(0x10UL | 0x1UL | 0x8UL, WordSenses.Speech(grumble));
        Assert.Equal(0UL, WordSenses.Speech(quangocrat));
        Assert.NotEqual(WordSenses.Field(grumble), WordSenses.Field(quangocrat));
    }

    [Theory]
    [InlineData("said", "say", 0x0F)]
    [InlineData("Told", "tell", 0x0F)]
    [InlineData("criticizes", "criticize", 0x0F)]
    [InlineData("conceded", "concede", 0x0F)]
    [InlineData("lamenting", "lament", 0x0F)]
    [InlineData("hoping", "hope", 0x0F)]
    [InlineData("spokeswomen", "spokeswoman", 0x1F0)]
    [InlineData("worries", "worry", 0x1FF)]
    [InlineData("saying", "say", 0x0F)]
    [InlineData("emphasizing", "emphasize", 0x0F)]
    public void An_inflected_word_takes_its_lemmas_fields(string form, string lemma, int part)
    {
        var sense = WordSenses.Field(WordSenses.Of(form)) & (ulong)part;

        Assert.NotEqual(0UL, sense);
        Assert.Equal(WordSenses.Field(WordSenses.Of(lemma)) & (ulong)part, sense);
    }

    [Fact]
    public void Verbs_of_speech_share_a_field_that_a_noun_of_people_does_not()
    {
        var speech = WordSenses.Speech(WordSenses.Of("griped"));

        Assert.Equal(WordSenses.Field(WordSenses.Of("said")) & 0x0F, WordSenses.Field(WordSenses.Of("griped")) & 0x0F);
        Assert.NotEqual(0UL, speech & 0x1);
        Assert.Equal(0UL, WordSenses.Field(WordSenses.Of("spokeswoman")) & 0x0F);
        Assert.NotEqual(0UL, WordSenses.Field(WordSenses.Of("spokeswoman")) & 0x1F0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2,400")]
    [InlineData("xqzzled")]
    [InlineData("https://example.org/a-very-long-address-that-is-no-word")]
    public void Numbers_urls_and_unknown_words_have_no_sense(string token) => Assert.Equal(0, WordSenses.Of(token));
}
