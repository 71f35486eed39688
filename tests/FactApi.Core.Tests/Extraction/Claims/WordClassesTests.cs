using FactApi.Core.Extraction.Claims.Tagging;

namespace FactApi.Core.Tests.Extraction.Claims;

public class WordClassesTests
{
    [Fact]
    public void Build_keeps_each_words_frequent_coarse_tags_and_drops_rare_words()
    {
        var tagged = new List<(string, string)>();
        tagged.AddRange(Enumerable.Repeat(("said", "VBD"), 8));
        tagged.AddRange(Enumerable.Repeat(("Said", "VBN"), 2));
        tagged.AddRange(Enumerable.Repeat(("reports", "NNS"), 5));
        tagged.AddRange(Enumerable.Repeat(("reports", "VBZ"), 5));
        tagged.Add(("reports", "NNP"));
        tagged.Add(("once", "RB"));
        tagged.AddRange(Enumerable.Repeat(("1996", "CD"), 4));

        var classes = WordClasses.Build(tagged, minCount: 2, minShare: 0.1).ToDictionary(c => c.Word, c => c.Class);

        Assert.Equal("VBD|VBN", classes["said"]);
        Assert.Equal("N|V", classes["reports"]);
        Assert.False(classes.ContainsKey("once"));
        Assert.False(classes.ContainsKey("1996"));
    }

    [Theory]
    [InlineData("Zelenskyy", "?cap")]
    [InlineData("grumbling", "?ing")]
    [InlineData("harrumphed", "?ed")]
    [InlineData("brusquely", "?ly")]
    [InlineData("quangos", "?s")]
    [InlineData("2,400", "?num")]
    public void Unknown_words_get_a_class_from_their_ending_or_capital(string word, string expected) =>
        Assert.Equal(expected, WordClasses.Unknown(word));

    [Fact]
    public void The_embedded_classes_tell_a_reporting_verb_from_an_unseen_word()
    {
        var said = WordClasses.Of("said", AttributionContext.LowerHash("said"));
        var saidCapitalised = WordClasses.Of("Said", AttributionContext.LowerHash("Said"));
        var unseen = WordClasses.Of("xqzzled", AttributionContext.LowerHash("xqzzled"));

        Assert.Equal(said, saidCapitalised);
        Assert.Equal(AttributionContext.LowerHash("?ed"), unseen);
        Assert.NotEqual(unseen, said);
    }
}
