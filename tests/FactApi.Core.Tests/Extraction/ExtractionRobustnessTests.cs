using FactApi.Core.Extraction;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction;

/// <summary>
/// Real articles hold every odd arrangement of names, dates, verbs and punctuation; the pipeline must read each
/// without throwing, so it is run over many sentences put together at random from such pieces.
/// </summary>
public sealed class ExtractionRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "Mayor Ilse Varn", "Varn", "Varn's", "Dockworkers' Union", "the union", "King Osric of Veldmark", "Veldmark", "Portholm",
        "the Veldmark embassy", "Tomas Grell", "Grell's daughter", "of", "of the", "and", ",", ", and", ";", ":", ".", "\"", "\u201C", "\u201D",
        "(", ")", "--", "\u2014", "'", "said", "Said", "says", "told", "visited", "arrived in", "signed", "met", "was arrested", "had joined",
        "will travel to", "since", "on Tuesday", "Tuesday", "on May 15", "May 15", "in 2031", "last year", "at 10 p.m.", "the next day",
        "more than 300", "about $4 million", "12 Americans", "69 percent of those polled", "who", "that", "the talks", "a ceasefire",
        "according to", "According to", "ambassador to Veldmark", "Trump", "Donald Trump's", "U.S.", "the U.S. Senate", "Jr.", "X",
        "\n", "\n\n", "-", "killed", "wounded", "invasion of", "in", "at", "the", "a", "NATO", "Kyiv", "Istanbul",
    ];

    private static readonly IReadOnlyList<Actor> Registry = ActorRegistry.Parse("""
        {"actors":[
          {"id":"ilse-varn","name":"Ilse Varn","kind":"person","aliases":["Varn","Mayor Varn"]},
          {"id":"dockworkers-union","name":"Dockworkers' Union","kind":"organization","aliases":["the union"]},
          {"id":"osric","name":"King Osric","kind":"person","aliases":["Osric"]}
        ]}
        """);

    [Fact]
    public void Random_arrangements_of_news_pieces_never_throw()
    {
        var extractor = new FactExtractor(Registry);
        var random = new Random(20261203);
        var published = new DateOnly(2031, 3, 8);
        var source = new Source("random", SourceKind.Article, "https://example.test/r", null, null, published, null, FactCounts.None);
        var claims = 0;
        var events = 0;
        for (var article = 0; article < 400; article++)
        {
            var words = Enumerable.Range(0, random.Next(5, 80)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var text = string.Join(random.Next(4) == 0 ? "" : " ", words);
            var set = extractor.Extract(new ExtractionInput("random", source.Url, null, published, text), source);
            Assert.All(set.Events, e => Assert.Equal(e.Evidence.Sentence, text[e.Evidence.Start..e.Evidence.End]));
            claims += set.Claims.Count;
            events += set.Events.Count;
        }

        // The pieces are meant to make claims and events: a run that makes none tests nothing.
        Assert.True(claims > 50, $"{claims} claims");
        Assert.True(events > 50, $"{events} events");
    }
}
