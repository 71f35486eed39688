using FactApi.Core.Extraction;
using FactApi.Core.Extraction.Claims;
using FactApi.Core.Extraction.Claims.Tagging;
using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Tests.Extraction.Claims;

public class AttributionAssemblerTests
{
    private static (string Source, string Cue, string Content) Only(string text, string? source, string cue, params string[] contents) =>
        WithPeople(text, [], source, cue, contents);

    /// <param name="people">Names the name tagger would have found as PER.</param>
    private static (string Source, string Cue, string Content) WithPeople(string text, string[] people, string? source, string cue, params string[] contents) =>
        Assert.Single(Assemble(text, people, source is null ? [] : [source], [cue], contents));

    /// <summary>Every attribution of layers tagged with the given spans (several of each role).</summary>
    private static List<(string Source, string Cue, string Content)> All(string text, string[] sources, string[] cues, string[] contents) =>
        Assemble(text, [], sources, cues, contents);

    private static List<(string Source, string Cue, string Content)> Assemble(string text, string[] people, string[] sources, string[] cues, string[] contents)
    {
        var names = people.Select(p => At(text, p)).Select(p => new EntitySpan(p.Start, p.End, 0, 0, "PER")).ToList();
        var context = AttributionContext.Create(text, [new SentenceView(0, text.Length, text, [], [], names)], new QuoteMap(text), []);
        var tags = new byte[3][];
        tags[(int)AttributionRole.Source] = SpanTags.FromSpans(context.Tokens, [.. sources.Select(s => At(text, s))]);
        tags[(int)AttributionRole.Cue] = SpanTags.FromSpans(context.Tokens, [.. cues.Select(c => At(text, c))]);
        tags[(int)AttributionRole.Content] = SpanTags.FromSpans(context.Tokens, [.. contents.Select(c => At(text, c))]);
        return [.. AttributionAssembler.Assemble(context, tags).Select(f =>
            (text[f.Source.Start..f.Source.End], text[f.Cue.Start..f.Cue.End], text[f.Content.Start..f.Content.End]))];
    }

    private static TextSpan At(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }

    [Fact]
    public void A_cue_with_its_speaker_and_content_is_one_attribution()
    {
        const string text = "The harbour master said the cranes were unsafe.";

        Assert.Equal(("The harbour master", "said", "the cranes were unsafe"), Only(text, "The harbour master", "said", "the cranes were unsafe"));
    }

    [Fact]
    public void A_cue_the_text_gives_no_speaker_is_kept_with_an_empty_source()
    {
        // PolNeAR marks such attributions too (about 6% of them); they count as cue and content, never as a claim.
        const string text = "It was widely reported that the cranes were unsafe.";

        Assert.Equal(("", "was widely reported", "that the cranes were unsafe"), Only(text, null, "was widely reported", "that the cranes were unsafe"));
    }

    [Fact]
    public void A_sourceless_content_that_holds_its_cue_is_cut_to_what_follows_the_cue()
    {
        const string text = "Officials continued to call for a longer truce.";

        Assert.Equal(("", "call for", "a longer truce"), Only(text, null, "call for", "continued to call for a longer truce"));
    }

    [Fact]
    public void A_content_tagged_over_its_speaker_is_what_follows_the_speaker()
    {
        const string text = "According to the port authority, four cranes were unsafe.";

        Assert.Equal(("the port authority", "According to", "four cranes were unsafe"), Only(text, "the port authority", "According to", "to the port authority, four cranes were unsafe"));
    }

    [Fact]
    public void A_quotation_ending_where_its_speaker_begins_is_the_content_however_near_a_clause_after_the_cue()
    {
        const string text = "\"The cranes are unsafe,\" the harbour master said after the inspectors left the quay.";

        Assert.Equal(("the harbour master", "said", "\"The cranes are unsafe,\""), Only(text, "the harbour master", "said", "\"The cranes are unsafe,\"", "the inspectors left the quay"));
    }

    [Fact]
    public void A_quoted_title_before_the_speaker_is_no_content()
    {
        const string text = "Speaking on \"Harbour Nights,\" the harbour master said the cranes were unsafe.";

        Assert.Equal(("the harbour master", "said", "the cranes were unsafe"), Only(text, "the harbour master", "said", "\"Harbour Nights,\"", "the cranes were unsafe"));
    }

    [Fact]
    public void A_speaker_in_a_clause_before_the_main_one_gives_way_to_the_main_clauses_subject()
    {
        const string text = "While Mayor Ruiz welcomed the plan, her deputy Anna Berg struck a warier tone, warning that the port could not pay for it.";

        Assert.Equal(("Anna Berg", "warning", "that the port could not pay for it"), WithPeople(text, ["Ruiz", "Anna Berg"], "Mayor Ruiz", "warning", "that the port could not pay for it"));
    }

    [Fact]
    public void An_as_clause_names_the_speaker_of_what_follows()
    {
        const string text = "As the Harbour Gazette reported, Anna Berg was accused of hiding the costs.";

        Assert.Equal(("the Harbour Gazette", "accused of", "hiding the costs"), WithPeople(text, ["Anna Berg"], "the Harbour Gazette", "accused of", "hiding the costs"));
    }

    [Fact]
    public void A_cue_in_a_clause_before_the_main_one_keeps_its_content_inside_that_clause()
    {
        const string text = "While Mayor Ruiz welcomed the plan to rebuild the quay, her deputy Anna Berg was wary of its cost.";

        Assert.Equal(("Mayor Ruiz", "welcomed", "the plan to rebuild the quay"), Only(text, "Mayor Ruiz", "welcomed", "the plan to rebuild the quay, her deputy Anna Berg"));
    }

    [Fact]
    public void A_quotation_right_before_the_speaker_is_the_content_though_the_layers_found_a_phrase_after_the_cue()
    {
        const string text = "``The ferry will not sail,'' harbour master Ines Varga said when asked about the storm.";

        Assert.Equal(("harbour master Ines Varga", "said", "``The ferry will not sail,''"), Only(text, "harbour master Ines Varga", "said", "the storm"));
    }

    [Fact]
    public void A_content_that_is_another_attributions_speaker_takes_in_that_attribution()
    {
        // The content layer tags one span at a time: "the ferry captain" as the outer content and as a speaker.
        const string text = "Ines Varga said the ferry captain had refused to sail in the storm.";

        var found = All(text, ["Ines Varga", "the ferry captain"], ["said", "had refused"], ["the ferry captain", "to sail in the storm"]);

        Assert.Contains(("Ines Varga", "said", "the ferry captain had refused to sail in the storm"), found);
        Assert.Contains(("the ferry captain", "had refused", "to sail in the storm"), found);
    }

    [Fact]
    public void A_content_after_a_day_word_that_follows_the_cue_starts_right_after_the_day()
    {
        const string text = "Ines Varga said Friday the ferry company did the right thing.";

        Assert.Equal(("Ines Varga", "said", "the ferry company did the right thing"), Only(text, "Ines Varga", "said", "the right thing"));
    }

    [Fact]
    public void A_possessive_day_after_the_cue_is_not_the_time_of_saying()
    {
        const string text = "Ines Varga called Friday's ruling a win for the port.";

        Assert.Equal(("Ines Varga", "called", "a win for the port"), Only(text, "Ines Varga", "called", "a win for the port"));
    }
}
