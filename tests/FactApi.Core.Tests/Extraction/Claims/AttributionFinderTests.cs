using FactApi.Core.Extraction.Claims;

namespace FactApi.Core.Tests.Extraction.Claims;

public class AttributionFinderTests
{
    /// <summary>The (source, cue, content) texts found in a one-sentence article.</summary>
    private static List<(string Source, string Cue, string Content)> Find(string text) =>
        [.. AttributionFinder.Find(text, text, 0, new QuoteMap(text)).Select(a => (text[a.Source.Start..a.Source.End], text[a.Cue.Start..a.Cue.End], text[a.Content.Start..a.Content.End]))];

    [Fact]
    public void A_noun_phrase_speaker_before_a_multi_word_cue_and_the_clause_after_it()
    {
        var found = Assert.Single(Find("A spokesman for the harbour board told reporters that the cranes would stay idle."));

        Assert.Equal(("A spokesman for the harbour board", "told reporters", "that the cranes would stay idle"), found);
    }

    [Fact]
    public void Content_before_the_cue_keeps_its_quotation_marks_but_not_the_closing_comma()
    {
        Assert.Equal(("she", "said", "\u201CWe are not moving,\u201D"), Assert.Single(Find("\u201CWe are not moving,\u201D she said.")));
        Assert.Equal(("the minister", "said", "The ferry will run on time"), Assert.Single(Find("The ferry will run on time, the minister said.")));
    }

    [Fact]
    public void A_speaker_after_the_cue_and_an_auxiliary_inside_the_cue()
    {
        Assert.Equal(("Orla Penn", "said", "\u201CNobody asked us,\u201D"), Assert.Single(Find("\u201CNobody asked us,\u201D said Orla Penn.")));
        Assert.Equal(("The Valley Courier", "has learned", "the dam was never inspected"), Assert.Single(Find("The Valley Courier has learned the dam was never inspected.")));
    }

    [Fact]
    public void A_quotation_over_two_sentences_is_one_content()
    {
        const string text = "\u201CThe vote was fair. We accept it,\u201D the mayor said.";
        var quotes = new QuoteMap(text);
        var second = text.IndexOf("We accept", StringComparison.Ordinal);
        var found = Assert.Single(AttributionFinder.Find(text, text[second..], second, quotes));

        Assert.Equal(0, found.Content.Start + second);
    }

    [Fact]
    public void According_to_names_the_source_and_nouns_are_no_cues()
    {
        Assert.Equal(("court records", "According to", "the fine was never paid"), Assert.Single(Find("According to court records, the fine was never paid.")));
        Assert.Empty(Find("The claims of the United States were heard."));
    }

    [Fact]
    public void Two_attributions_in_one_sentence()
    {
        var found = Find("The council said the road would open, and the police said it would not.");

        Assert.Equal(2, found.Count);
        Assert.Equal("the road would open", found[0].Content);
        Assert.Equal("the police", found[1].Source);
    }

    [Fact]
    public void The_speaker_before_an_appositive()
    {
        var found = Assert.Single(Find("Jo Ruiz, a lecturer at the river college, said that fares would rise."));

        Assert.Equal(("Jo Ruiz", "said", "that fares would rise"), found);
    }

    [Fact]
    public void A_second_verb_joined_by_and_shares_the_subject_that_opens_the_sentence()
    {
        var found = Assert.Single(Find("The harbour master toured the dock and said the cranes were safe."));

        // Without part-of-speech tags the subject phrase runs on over the first verb; overlap scoring still credits it.
        Assert.StartsWith("The harbour master", found.Source, StringComparison.Ordinal);
        Assert.Equal(("said", "the cranes were safe"), (found.Cue, found.Content));
    }
}
