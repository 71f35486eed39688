using FactApi.Cli.Evaluation.Conll;
using FactApi.Core.Extraction.Actors;

namespace FactApi.Cli.Tests.Evaluation.Conll;

public class SpanScorerTests
{
    [Fact]
    public void Only_exact_spans_with_the_right_type_count()
    {
        var scorer = new SpanScorer();
        NameSpan[] gold = [new(0, 2, "PER"), new(5, 1, "LOC"), new(7, 3, "ORG")];
        NameSpan[] predicted = [new(0, 2, "PER"), new(5, 1, "ORG"), new(7, 2, "ORG")];
        var (missed, spurious) = scorer.Add(gold, predicted);

        Assert.Equal(new PrecisionRecall(1, 0, 0), scorer.For("PER"));
        Assert.Equal(new PrecisionRecall(0, 0, 1), scorer.For("LOC"));
        Assert.Equal(new PrecisionRecall(0, 2, 1), scorer.For("ORG"));
        Assert.Equal(2, missed.Count);
        Assert.Equal(2, spurious.Count);
    }

    [Fact]
    public void Overall_is_micro_averaged_over_the_chosen_types()
    {
        var scorer = new SpanScorer();
        scorer.Add([new(0, 1, "PER"), new(2, 1, "LOC")], [new(0, 1, "PER"), new(2, 1, "LOC"), new(4, 1, "MISC")]);
        scorer.Add([new(0, 1, "ORG"), new(3, 1, "MISC")], [new(1, 1, "ORG")]);

        var overall = scorer.Over(ConllEvaluator.ActorLabels);
        Assert.Equal(new PrecisionRecall(2, 1, 1), overall);
        Assert.Equal(2.0 / 3, overall.Precision, 6);
        Assert.Equal(2.0 / 3, overall.Recall, 6);
        Assert.Equal(2.0 / 3, overall.F1, 6);
        Assert.Equal(new PrecisionRecall(0, 1, 1), scorer.For("MISC"));
    }

    [Fact]
    public void Empty_counts_score_zero_without_dividing_by_zero()
    {
        var none = new SpanScorer().For("PER");
        Assert.Equal(0, none.Precision);
        Assert.Equal(0, none.Recall);
        Assert.Equal(0, none.F1);
    }
}
