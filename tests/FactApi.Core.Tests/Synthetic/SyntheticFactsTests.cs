using System.Text.Json;
using FactApi.Core.Disputes;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Core.Synthetic;

namespace FactApi.Core.Tests.Synthetic;

public sealed class SyntheticFactsTests
{
    private static readonly SyntheticStore Store = SyntheticFacts.Generate(1000, seed: 7);

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(1000)]
    public void It_generates_exactly_the_claims_asked_for(int claims)
    {
        var store = claims == 1000 ? Store : SyntheticFacts.Generate(claims, seed: 7);

        Assert.Equal(claims, store.Claims);
        Assert.All(store.Sets, s => Assert.Equal(new FactCounts(s.Actors.Count, s.Events.Count, s.Claims.Count), s.Source.Counts));
    }

    [Fact]
    public void The_same_size_and_seed_give_the_same_store_and_another_seed_another()
    {
        var again = SyntheticFacts.Generate(1000, seed: 7);
        var other = SyntheticFacts.Generate(1000, seed: 8);

        Assert.Equal(Json(Store), Json(again));
        Assert.NotEqual(Json(Store), Json(other));
    }

    [Fact]
    public void Every_evidence_span_points_at_its_sentence_in_the_source_text()
    {
        foreach (var set in Store.Sets)
        {
            var text = Assert.IsType<string>(set.Text);
            var evidence = set.Claims.Select(c => c.Evidence).Concat(set.Events.Select(e => e.Evidence))
                .Concat(set.Actors.SelectMany(a => a.Roles).Select(r => r.Evidence!));
            Assert.All(evidence, e =>
            {
                Assert.Equal(set.Source.Id, e.SourceId);
                Assert.Equal(e.Sentence, text[e.Start..e.End]);
            });
        }
    }

    [Fact]
    public void Claims_quote_their_speaker_content_and_numbers_from_their_sentence()
    {
        Assert.All(Store.Sets.SelectMany(s => s.Claims), c =>
        {
            Assert.Contains(c.Speaker.Text, c.Evidence.Sentence, StringComparison.Ordinal);
            Assert.Contains(c.Cue, c.Evidence.Sentence, StringComparison.Ordinal);
            Assert.Contains(c.Content, c.Evidence.Sentence, StringComparison.Ordinal);
            Assert.All(c.Numbers, n => Assert.Contains(n.Text, c.Content, StringComparison.Ordinal));
            Assert.NotNull(c.SaidOn);
            Assert.False(string.IsNullOrEmpty(c.Topic));
        });
        Assert.Contains(Store.Sets.SelectMany(s => s.Claims), c => c.Form == QuoteForm.Direct);
        Assert.Contains(Store.Sets.SelectMany(s => s.Claims), c => c.Numbers.Count == 0);
    }

    [Fact]
    public void Ids_are_unique_slugs_and_every_referenced_actor_is_in_the_registry()
    {
        var registry = Store.Registry.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Store.Registry.Count, registry.Count);
        Assert.All(registry, id => Assert.True(IdPattern.IsValid(id), id));
        Assert.All(Store.Sets, s => Assert.True(IdPattern.IsValid(s.Source.Id), s.Source.Id));

        var facts = Store.Sets.SelectMany(s => s.Claims.Select(c => c.Id).Concat(s.Events.Select(e => e.Id))).ToList();
        Assert.Equal(facts.Count, facts.Distinct(StringComparer.Ordinal).Count());
        var referenced = Store.Sets.SelectMany(s => s.Claims.Select(c => c.Speaker.ActorId!).Concat(s.Events.SelectMany(e => e.Actors)).Concat(s.Actors.Select(a => a.Id)));
        Assert.All(referenced, id => Assert.Contains(id, registry));
    }

    [Fact]
    public void Speakers_repeat_and_topics_become_numbers_disputes()
    {
        var claims = Store.Sets.SelectMany(s => s.Claims).ToList();
        var busiest = claims.GroupBy(c => c.Speaker.ActorId).Max(g => g.Count());
        Assert.True(busiest >= 20, $"the busiest speaker has {busiest} claims");

        var disputes = claims.GroupBy(c => c.Topic!).Select(g => DisputeFinder.Find(g.Key, g)).OfType<Dispute>().ToList();
        Assert.Contains(disputes, d => d.Kind == DisputeFinder.Numbers);
        Assert.Contains(Store.Sets.SelectMany(s => s.Events), e => e.When?.Precision == DatePrecision.Range);
    }

    [Fact]
    public void A_size_that_is_not_positive_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticFacts.Generate(0));

    private static string Json(SyntheticStore store) =>
        string.Join('\n', store.Registry.Select(a => JsonSerializer.Serialize(a, ModelJsonContext.Default.Actor))
            .Concat(store.Sets.SelectMany(s => s.Claims.Select(c => JsonSerializer.Serialize(c, ModelJsonContext.Default.Claim))
                .Concat(s.Events.Select(e => JsonSerializer.Serialize(e, ModelJsonContext.Default.Event)))
                .Append(s.Text!))));
}
