using FactApi.Core.Extraction;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction;

/// <summary>The whole pipeline on a short invented article.</summary>
public sealed class FactExtractorTests
{
    private const string Text =
        "Harbour strike talks set for Tuesday\n\n" +
        "Mayor Ilse Varn said the city would meet the dockworkers' union in Portholm on Tuesday. " +
        "The union said more than 300 members had stopped work. " +
        "\"We will not sign anything that cuts pay,\" said Tomas Grell. " +
        "She added that the port authority had counted nearly 200 idle ships. " +
        "According to the port authority, the strike has cost about $4 million so far.";

    private static readonly IReadOnlyList<Actor> Registry = ActorRegistry.Parse("""
        {"actors":[
          {"id":"ilse-varn","name":"Ilse Varn","kind":"person","aliases":["Varn","Mayor Varn"]},
          {"id":"dockworkers-union","name":"Dockworkers' Union","kind":"organization","aliases":["the union","dockworkers' union"]},
          {"id":"port-authority","name":"Port Authority","kind":"organization","aliases":["the port authority"]}
        ]}
        """);

    private static FactSet Extract()
    {
        var published = new DateOnly(2031, 3, 8);
        var source = new Source("harbour-news", SourceKind.Article, "https://example.test/h", "Harbour", null, published, null, FactCounts.None);
        return new FactExtractor(Registry).Extract(new ExtractionInput("harbour-news", source.Url, source.Title, published, Text), source);
    }

    [Fact]
    public void Every_fact_cites_its_sentence_by_offsets()
    {
        var set = Extract();

        Assert.NotEmpty(set.Claims);
        Assert.All(set.Claims, c => Assert.Equal(c.Evidence.Sentence, Text[c.Evidence.Start..c.Evidence.End]));
        Assert.All(set.Events, e => Assert.Equal(e.Evidence.Sentence, Text[e.Evidence.Start..e.Evidence.End]));
    }

    [Fact]
    public void Claims_keep_speaker_cue_content_and_numbers()
    {
        var claims = Extract().Claims;

        var mayor = Assert.Single(claims, c => c.Speaker.ActorId == "ilse-varn" && c.Cue == "said");
        Assert.StartsWith("the city would meet", mayor.Content, StringComparison.Ordinal);
        Assert.Equal(QuoteForm.Indirect, mayor.Form);
        var union = Assert.Single(claims, c => c.Speaker.ActorId == "dockworkers-union");
        Assert.Equal(300m, union.Numbers.Single().Value);
        Assert.Equal("more than", union.Numbers.Single().Qualifier);
    }

    [Fact]
    public void A_direct_quote_with_the_speaker_after_it_is_found_for_a_name_the_registry_lacks()
    {
        var quote = Assert.Single(Extract().Claims, c => c.Form == QuoteForm.Direct);

        Assert.Equal("We will not sign anything that cuts pay", quote.Content);
        Assert.Equal("tomas-grell", quote.Speaker.ActorId);
    }

    [Fact]
    public void A_pronoun_speaker_resolves_to_the_last_person_and_according_to_names_the_source()
    {
        var claims = Extract().Claims;

        var added = Assert.Single(claims, c => c.Cue == "added");
        Assert.Equal("She", added.Speaker.Text);
        Assert.Equal("tomas-grell", added.Speaker.ActorId);
        var according = Assert.Single(claims, c => c.Cue.StartsWith("According", StringComparison.Ordinal));
        Assert.Equal("port-authority", according.Speaker.ActorId);
        Assert.Equal(4_000_000m, according.Numbers.Single().Value);
    }

    [Fact]
    public void A_dated_event_resolves_the_weekday_against_the_publication_date()
    {
        var meeting = Assert.Single(Extract().Events, e => e.Evidence.Sentence.StartsWith("Mayor", StringComparison.Ordinal));

        Assert.Equal("2031-03-11", meeting.When!.Value);
        Assert.Contains("ilse-varn", meeting.Actors);
    }
}
