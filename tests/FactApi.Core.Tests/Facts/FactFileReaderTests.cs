using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Facts;

public sealed class FactFileReaderTests
{
    private const string Text = "Harbour talks stall.\nThe port authority said on Friday that 40 ships were waiting. Mayor Ilse Varn denied it.";

    private static readonly IReadOnlyList<Actor> Registry = ActorRegistry.Parse(
        """{"actors":[{"id":"ilse-varn","name":"Ilse Varn","kind":"person","aliases":["Varn"]},{"id":"port-authority","name":"Port Authority","kind":"organization"}]}""");

    private static string File(string claims) =>
        $$"""{"source":{"id":"harbour-news","url":"https://example.test/a","publishedAt":"2031-03-08","text":"a.txt"},"claims":[{{claims}}],"roles":[{"actor":"ilse-varn","title":"Mayor","sentence":"Mayor Ilse Varn denied it."}]}""";

    [Fact]
    public void Evidence_spans_point_at_the_sentence_in_the_text()
    {
        var set = FactFileReader.Read(FactFileReader.ParseDocument(File(
            """{"speaker":"port-authority","speakerText":"The port authority","cue":"said","content":"40 ships were waiting","topic":"harbour queue","numbers":[{"value":40,"unit":"ships","text":"40 ships"}],"sentence":"The port authority said on Friday that 40 ships were waiting."}"""), "f.json"),
            Text, Registry, "f.json");

        var claim = Assert.Single(set.Claims);
        Assert.Equal("The port authority said on Friday that 40 ships were waiting.", Text[claim.Evidence.Start..claim.Evidence.End]);
        Assert.Equal(40m, claim.Numbers[0].Value);
        Assert.Equal("harbour-news", claim.Evidence.SourceId);
        Assert.Equal(new DateOnly(2031, 3, 8), claim.Evidence.PublishedAt);
        var mayor = Assert.Single(set.Actors, a => a.Id == "ilse-varn");
        Assert.Equal("Mayor", Assert.Single(mayor.Roles).Title);
        Assert.Equal(Text, set.Text);
    }

    [Fact]
    public void The_same_file_gives_the_same_ids()
    {
        var json = File("""{"speaker":"ilse-varn","speakerText":"Mayor Ilse Varn","cue":"denied","content":"it","sentence":"Mayor Ilse Varn denied it."}""");

        var first = FactFileReader.Read(FactFileReader.ParseDocument(json, "f.json"), Text, Registry, "f.json");
        var second = FactFileReader.Read(FactFileReader.ParseDocument(json, "f.json"), Text, Registry, "f.json");

        Assert.Equal(first.Claims[0].Id, second.Claims[0].Id);
    }

    [Theory]
    [InlineData("""{"speaker":"ilse-varn","speakerText":"Varn","cue":"said","content":"x","sentence":"Not in the text."}""", "not in the source text")]
    [InlineData("""{"speaker":"nobody","speakerText":"Varn","cue":"said","content":"x","sentence":"Mayor Ilse Varn denied it."}""", "'nobody' is not in the actor registry")]
    [InlineData("""{"speaker":"ilse-varn","speakerText":"Varn","cue":"said","content":"x","saidOn":"2031-02-30","sentence":"Mayor Ilse Varn denied it."}""", "not a TIMEX3 date")]
    [InlineData("""{"speaker":"ilse-varn","speakerText":"Varn","content":"x","sentence":"Mayor Ilse Varn denied it."}""", "'cue' is required")]
    public void Mistakes_are_reported_with_where_and_why(string claim, string message)
    {
        var error = Assert.Throws<FactFileException>(() =>
            FactFileReader.Read(FactFileReader.ParseDocument(File(claim), "f.json"), Text, Registry, "f.json"));

        Assert.Contains("f.json: claims[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_fields_are_refused_so_typos_do_not_pass_silently()
    {
        var error = Assert.Throws<FactFileException>(() => FactFileReader.ParseDocument("""{"source":{"id":"a"},"claimz":[]}""", "f.json"));

        Assert.Contains("claimz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registry_with_a_bad_kind_or_duplicate_id_is_refused()
    {
        Assert.Contains("kind", Assert.Throws<FactFileException>(() => ActorRegistry.Parse("""{"actors":[{"id":"a","name":"A","kind":"planet"}]}""")).Message, StringComparison.Ordinal);
        Assert.Contains("twice", Assert.Throws<FactFileException>(() => ActorRegistry.Parse("""{"actors":[{"id":"a","name":"A","kind":"person"},{"id":"a","name":"B","kind":"person"}]}""")).Message, StringComparison.Ordinal);
    }
}
