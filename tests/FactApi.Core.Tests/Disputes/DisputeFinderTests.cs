using FactApi.Core.Disputes;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Disputes;

public sealed class DisputeFinderTests
{
    private static Claim Said(string speaker, string cue, string content, decimal? count = null) => new(
        $"c-{speaker}-{cue}", new Speaker(speaker, speaker), cue, content, QuoteForm.Indirect, TemporalValue.Parse("2031-03-08"), "harbour blockade",
        count is null ? [] : [new NumberMention(count.Value, "more than", "ships", $"more than {count} ships")],
        new Evidence("s", null, null, new DateOnly(2031, 3, 8), content, 0, content.Length));

    [Fact]
    public void Two_speakers_counting_the_same_thing_differently_are_a_dispute_with_both_sides()
    {
        var dispute = DisputeFinder.Find("harbour blockade", [Said("port-authority", "said", "120 ships were stuck", 120), Said("dockworkers-union", "said", "40 ships were stuck", 40)]);

        Assert.NotNull(dispute);
        Assert.Equal(DisputeFinder.Numbers, dispute.Kind);
        Assert.Equal([40m, 120m], dispute.Sides.Select(s => s.Value!.Value).Order());
        Assert.Equal(DisputeFinder.IdFor("Harbour Blockade"), dispute.Id);
    }

    [Fact]
    public void Counts_within_a_tenth_of_each_other_agree()
    {
        Assert.Null(DisputeFinder.Find("harbour blockade", [Said("port-authority", "said", "x", 100), Said("dockworkers-union", "said", "y", 95)]));
    }

    [Fact]
    public void A_denial_of_another_speakers_claim_is_a_dispute()
    {
        var dispute = DisputeFinder.Find("harbour blockade", [Said("port-authority", "said", "the union blocked the gates"), Said("dockworkers-union", "denied", "blocking the gates")]);

        Assert.Equal(DisputeFinder.Denial, dispute!.Kind);
        Assert.Equal(2, dispute.Sides.Count);
    }

    [Fact]
    public void One_speaker_alone_never_disputes_themselves()
    {
        Assert.Null(DisputeFinder.Find("harbour blockade", [Said("port-authority", "said", "a", 100), Said("port-authority", "said", "b", 10)]));
    }

    [Fact]
    public void A_topic_argued_by_many_speakers_keeps_the_extremes_within_the_side_limit()
    {
        var claims = Enumerable.Range(1, 40).Select(i => Said($"speaker-{i:00}", "said", $"{i * 10} ships were stuck", i * 10)).ToList();

        var dispute = DisputeFinder.Find("harbour blockade", claims)!;

        Assert.Equal(DisputeFinder.MaxSides, dispute.Sides.Count);
        Assert.Contains(dispute.Sides, s => s.Value!.Value == 10m);
        Assert.Contains(dispute.Sides, s => s.Value!.Value == 400m);
        Assert.Equal(dispute.Sides.Count, dispute.Sides.Select(s => s.ActorId).Distinct().Count());
    }
}
