using FactApi.Core.Extraction;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Events;

public sealed class EventPlaceTests
{
    [Fact]
    public void The_place_right_after_the_trigger_is_the_events_place_not_the_first_place_named()
    {
        const string text = "Leaders in Harnvik\n\nEnvoys from Velmar and Ostrava, calling themselves a coalition, visited Harnvik on Saturday to back the talks.\n";
        var registry = ActorRegistry.Parse("""{"actors":[{"id":"velmar","name":"Velmar","kind":"country","aliases":[]}]}""");
        var published = new DateOnly(2031, 5, 11);
        var source = new Source("visit", SourceKind.Article, "https://example.test/v", null, null, published, null, FactCounts.None);

        var set = new FactExtractor(registry).Extract(new ExtractionInput("visit", source.Url, null, published, text), source);

        var visit = Assert.Single(set.Events);
        Assert.Equal("Harnvik", visit.Place);
        Assert.Equal("2031-05-10", visit.When!.Value);
    }
}
