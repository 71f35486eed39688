using FactApi.Core.Model;
using FactApi.Core.Sources;

namespace FactApi.Core.Tests.Sources;

public sealed class SourceManifestTests
{
    [Fact]
    public void A_valid_manifest_gives_its_sources_with_defaults()
    {
        var result = SourceManifest.Parse("""
            {"sources":[
              {"id":"harbour-feed","kind":"rss","url":"https://news.example.test/feed.xml","refreshMinutes":15},
              {"id":"local-facts","kind":"facts","url":"facts/harbour.json","enabled":false}
            ]}
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(SourceKind.Rss, result.Sources[0].Kind);
        Assert.True(result.Sources[0].IsRemote);
        Assert.Equal(15, result.Sources[0].RefreshMinutes);
        Assert.False(result.Sources[1].IsRemote);
        Assert.False(result.Sources[1].Enabled);
        Assert.Equal(ManifestSource.DefaultRefreshMinutes, result.Sources[1].RefreshMinutes);
    }

    [Theory]
    [InlineData("""{"id":"Bad Id","kind":"rss","url":"https://a.test/"}""", "sources[0] ('Bad Id'): id 'Bad Id' must be")]
    [InlineData("""{"id":"a","kind":"podcast","url":"https://a.test/"}""", "kind 'podcast' must be one of")]
    [InlineData("""{"id":"a","kind":"rss","url":"ftp://a.test/feed"}""", "must be http or https")]
    [InlineData("""{"id":"a","kind":"facts","url":"../outside.json"}""", "inside the manifest's folder")]
    [InlineData("""{"id":"a","kind":"facts","url":"/etc/passwd"}""", "inside the manifest's folder")]
    [InlineData("""{"id":"a","kind":"rss"}""", "'url' is required")]
    [InlineData("""{"id":"a","kind":"rss","url":"https://a.test/","refreshMinutes":0}""", "refreshMinutes 0 must be between")]
    public void Each_problem_names_the_entry_and_why(string entry, string message)
    {
        var result = SourceManifest.Parse($$"""{"sources":[{{entry}}]}""");

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Contains(message, StringComparison.Ordinal));
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Duplicate_ids_and_unknown_fields_are_reported()
    {
        var duplicate = SourceManifest.Parse("""{"sources":[{"id":"a","kind":"rss","url":"https://a.test/"},{"id":"a","kind":"rss","url":"https://b.test/"}]}""");
        var unknown = SourceManifest.Parse("""{"sources":[{"id":"a","kind":"rss","url":"https://a.test/","refreshMinute":5}]}""");

        Assert.Contains(duplicate.Errors, e => e.Contains("sources[1] ('a')", StringComparison.Ordinal) && e.Contains("earlier entry", StringComparison.Ordinal));
        Assert.Contains(unknown.Errors, e => e.Contains("refreshMinute", StringComparison.Ordinal));
    }
}
