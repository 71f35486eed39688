using FactApi.Core.Extraction;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Events;

/// <summary>The events the whole pipeline reads from one invented article, with no registry.</summary>
internal static class TestEvents
{
    public static IReadOnlyList<Event> Of(string text, DateOnly published)
    {
        var source = new Source("e", SourceKind.Article, "https://example.test/e", null, null, published, null, FactCounts.None);
        return new FactExtractor([]).Extract(new ExtractionInput("e", source.Url, null, published, text), source).Events;
    }
}
