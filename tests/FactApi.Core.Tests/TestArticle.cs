using FactApi.Core.Answering;
using FactApi.Core.Extraction;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Tests;

/// <summary>One article of the tests' own, extracted with no registry (every actor unlisted), and an answerer over its facts.</summary>
internal static class TestArticle
{
    public static readonly DateOnly Published = new(2031, 4, 2);

    public static FactSet Extract(string text, string? publisher = null)
    {
        var source = new Source("harbour", SourceKind.Article, "https://example.test/h", "Harbour", publisher, Published, null, FactCounts.None);
        return new FactExtractor([]).Extract(new ExtractionInput(source.Id, source.Url, source.Title, Published, text), source);
    }

    public static QuestionAnswerer AnswererOver(FactSet set) => new(new FactSnapshot(set.Actors, set.Events, set.Claims, []));

    public static QuestionAnswerer Answerer(string text) => AnswererOver(Extract(text));

    /// <summary>An answerer over several articles, each its own source published on its own day.</summary>
    public static QuestionAnswerer Answerer(params (string Text, DateOnly Published)[] articles)
    {
        var sets = articles.Select((a, i) =>
        {
            var source = new Source($"harbour-{i}", SourceKind.Article, $"https://example.test/h{i}", "Harbour", null, a.Published, null, FactCounts.None);
            return new FactExtractor([]).Extract(new ExtractionInput(source.Id, source.Url, source.Title, a.Published, a.Text), source);
        }).ToList();
        return new(new FactSnapshot(sets.SelectMany(s => s.Actors).ToList(), sets.SelectMany(s => s.Events).ToList(), sets.SelectMany(s => s.Claims).ToList(), []));
    }
}
