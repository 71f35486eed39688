using FactApi.Cli.Evaluation.Brat;
using FactApi.Cli.Evaluation.Conll;

namespace FactApi.Cli.Tests.Evaluation.Brat;

public class AttributionScorerTests
{
    [Fact]
    public void Exact_needs_the_same_fragments_and_overlap_any_shared_character()
    {
        var scorer = new AttributionScorer();
        BratSpan[] gold = [new("Source", [(0, 10)]), new("Cue", [(11, 15)]), new("Content", [(16, 40)])];
        BratSpan[] predicted = [new("Source", [(4, 10)]), new("Cue", [(11, 15)]), new("Content", [(41, 50)])];
        scorer.Add(gold, predicted);

        Assert.Equal(new PrecisionRecall(0, 1, 1), scorer.Exact("Source"));
        Assert.Equal(new PrecisionRecall(1, 0, 0), scorer.Overlap("Source"));
        Assert.Equal(new PrecisionRecall(1, 0, 0), scorer.Exact("Cue"));
        Assert.Equal(new PrecisionRecall(0, 1, 1), scorer.Overlap("Content"));
    }

    [Fact]
    public void One_long_prediction_matches_only_one_gold_span()
    {
        var scorer = new AttributionScorer();
        var (missed, spurious) = scorer.Add([new("Content", [(0, 5)]), new("Content", [(10, 15)])], [new("Content", [(0, 15)])]);

        Assert.Equal(new PrecisionRecall(1, 0, 1), scorer.Overlap("Content"));
        Assert.Single(missed);
        Assert.Empty(spurious);
    }

    [Fact]
    public void Discontinuous_spans_match_exactly_only_with_every_fragment()
    {
        var scorer = new AttributionScorer();
        scorer.Add([new("Content", [(0, 5), (20, 30)])], [new("Content", [(0, 5)])]);

        Assert.Equal(new PrecisionRecall(0, 1, 1), scorer.Exact("Content"));
        Assert.Equal(new PrecisionRecall(1, 0, 0), scorer.Overlap("Content"));
    }

    [Fact]
    public void Reader_keeps_roles_and_fragments_and_skips_links()
    {
        var spans = BratReader.ParseAnnotations([
            "T1\tSource 0 9\tThe mayor",
            "T2\tCue 10 14\tsaid",
            "T3\tContent 15 20;25 31\tthe c ... budget",
            "T4\tAttribution 10 14\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        ]);

        Assert.Equal(3, spans.Count);
        Assert.Equal([(15, 20), (25, 31)], spans[2].Fragments);
    }
}
