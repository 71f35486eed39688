using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Tests.Extraction.Actors;

// Every name here is invented, so the tagger has to recognise them from shape and context, not memory.
public class NameTaggerTests
{
    private static (string Text, string Label)[] Names(string text) =>
        [.. NameTagger.Default.Find(text).Select(e => (text[e.Start..e.End], e.Label))];

    [Fact]
    public void Finds_an_unseen_person_with_a_title()
    {
        var names = Names("Finance Minister Oduya Brannick said on Tuesday that the budget would be cut.");
        Assert.Contains(("Oduya Brannick", NameLabels.Person), names);
    }

    [Fact]
    public void Finds_a_person_and_the_company_they_lead()
    {
        var names = Names("Velmora Tindale, chief executive of Quarnex Holdings Inc., resigned on Monday.");
        Assert.Contains(("Velmora Tindale", NameLabels.Person), names);
        Assert.Contains(names, n => n.Text.StartsWith("Quarnex Holdings", StringComparison.Ordinal) && n.Label == NameLabels.Organization);
    }

    [Fact]
    public void Finds_places_after_prepositions_and_in_datelines()
    {
        var names = Names("Protesters marched through Brastova and later gathered outside the parliament in Kelvarra.");
        Assert.Contains(("Brastova", NameLabels.Location), names);
        Assert.Contains(("Kelvarra", NameLabels.Location), names);
    }

    [Fact]
    public void Later_mentions_of_a_surname_stay_a_person()
    {
        var names = Names("Police arrested Dorrin Achterberg in Lisbon. Achterberg denied the charges, his lawyer said.");
        Assert.Contains(("Dorrin Achterberg", NameLabels.Person), names);
        Assert.Contains(("Achterberg", NameLabels.Person), names);
    }

    [Fact]
    public void Finds_an_organisation_by_its_suffix()
    {
        var names = Names("Shares of Halvorsen Dynamics Corp fell 4 percent after the report.");
        Assert.Contains(names, n => n.Text.StartsWith("Halvorsen Dynamics", StringComparison.Ordinal) && n.Label == NameLabels.Organization);
    }

    [Fact]
    public void Sentence_initial_common_words_are_not_names()
    {
        var names = Names("Yesterday the committee met. However, nothing was decided.");
        Assert.Empty(names);
    }

    [Fact]
    public void Typographic_quotes_and_dashes_read_like_plain_ones()
    {
        var names = Names("“It is over,” said the minister — Oduya Brannick — before leaving for Brastova.");
        Assert.Contains(("Oduya Brannick", NameLabels.Person), names);
        Assert.Contains(("Brastova", NameLabels.Location), names);
    }

    [Fact]
    public void Spans_carry_character_offsets_and_token_indexes()
    {
        const string text = "Mr. Ostrander flew to Cairo.";
        var document = Document.Create(text);
        NameTagger.Default.Apply(document);
        var person = Assert.Single(document.Entities, e => e.Label == NameLabels.Person);
        Assert.Equal("Ostrander", document.SpanText(person));
        Assert.Equal(1, person.FirstToken);
        Assert.Contains(document.Entities, e => e.Label == NameLabels.Location && document.SpanText(e) == "Cairo");
    }

    [Fact]
    public void Tag_returns_iob2_tags_per_token()
    {
        string[] tokens = ["Senator", "Marguerite", "Okonkwo-Delacroix", "visited", "Norway", "."];
        var tags = NameTagger.Default.Tag(tokens);
        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-LOC", "O"], tags);
    }

    [Fact]
    public void Empty_input_has_no_names()
    {
        Assert.Empty(NameTagger.Default.Find(""));
        Assert.Empty(NameTagger.Default.Tag([]));
    }

    [Fact]
    public void Remembered_word_scores_tag_exactly_as_a_fresh_model_does()
    {
        // The embedded model remembers the summed scores of words it has met; a model loaded anew has met none.
        const string text = "ALL CAPS HEADLINE ABOUT ODUYA BRANNICK\n\nOduya Brannick met Velmora Tindale of Quarnex Holdings Inc. in Brastova.";
        var warm = NameTagger.Default;
        warm.Find(text);
        using var stream = typeof(NameTagger).Assembly.GetManifestResourceStream(
            typeof(NameTagger).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("names-conll2003.bin.gz", StringComparison.Ordinal)))!;
        var fresh = NameTagger.Load(stream);

        Assert.Equal(fresh.Find(text), warm.Find(text));
    }
}
