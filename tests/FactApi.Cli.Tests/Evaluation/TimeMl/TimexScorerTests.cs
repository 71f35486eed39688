using FactApi.Cli.Evaluation.TimeMl;

namespace FactApi.Cli.Tests.Evaluation.TimeMl;

public class TimexScorerTests
{
    private static TimexSpan Date(int start, int end, string value) => new(start, end, "DATE", value);

    [Fact]
    public void Perfect_prediction_scores_one_everywhere()
    {
        var scorer = new TimexScorer();
        var gold = new[] { Date(0, 6, "2025-05-10"), new TimexSpan(10, 17, "DURATION", "P2Y") };
        var errors = scorer.Add(gold, gold);
        var s = scorer.Score();
        Assert.Empty(errors);
        Assert.Equal(1, s.Strict.F1);
        Assert.Equal(1, s.Relaxed.F1);
        Assert.Equal(1, s.ValueF1);
        Assert.Equal(1, s.TypeAccuracy);
    }

    [Fact]
    public void Overlap_counts_for_relaxed_but_not_strict()
    {
        var scorer = new TimexScorer();
        scorer.Add([Date(4, 20, "1998-Q3")], [Date(8, 20, "1998-Q3")]);
        var s = scorer.Score();
        Assert.Equal(0, s.Strict.F1);
        Assert.Equal(1, s.Relaxed.F1);
        Assert.Equal(1, s.ValueAccuracy);
    }

    [Fact]
    public void Value_f1_is_value_accuracy_times_relaxed_f1()
    {
        var scorer = new TimexScorer();
        // Two gold, three predicted: two overlap (one with a wrong value), one spurious.
        var errors = scorer.Add(
            [Date(0, 5, "2025"), Date(10, 15, "2025-05")],
            [Date(0, 5, "2025"), Date(11, 15, "2024-05"), Date(30, 35, "PAST_REF")]);
        var s = scorer.Score();
        Assert.Equal(2.0 / 3, s.Relaxed.P, 6);
        Assert.Equal(1.0, s.Relaxed.R, 6);
        Assert.Equal(0.8, s.Relaxed.F1, 6);
        Assert.Equal(0.5, s.ValueAccuracy, 6);
        Assert.Equal(0.4, s.ValueF1, 6);
        Assert.Contains(errors, e => e.Kind == TimexErrorKind.WrongValue);
        Assert.Contains(errors, e => e.Kind == TimexErrorKind.Spurious);
    }

    [Fact]
    public void Missed_gold_lowers_recall_only()
    {
        var scorer = new TimexScorer();
        var errors = scorer.Add([Date(0, 5, "2025"), Date(10, 15, "2025-05")], [Date(0, 5, "2025")]);
        var s = scorer.Score();
        Assert.Equal(1, s.Strict.P);
        Assert.Equal(0.5, s.Strict.R);
        Assert.Single(errors, e => e.Kind == TimexErrorKind.Missed);
    }

    [Fact]
    public void One_prediction_matches_at_most_one_gold()
    {
        var scorer = new TimexScorer();
        scorer.Add([Date(0, 4, "2025"), Date(5, 9, "2025")], [Date(0, 9, "2025")]);
        var s = scorer.Score();
        Assert.Equal(1, s.Relaxed.P);
        Assert.Equal(0.5, s.Relaxed.R);
    }

    [Fact]
    public void Per_type_scores_pair_only_that_type_and_type_errors_count()
    {
        var scorer = new TimexScorer();
        scorer.Add(
            [Date(0, 5, "P2Y"), new TimexSpan(10, 15, "DURATION", "P1W")],
            [new TimexSpan(0, 5, "DURATION", "P2Y"), new TimexSpan(10, 15, "DURATION", "P1W")]);
        Assert.Equal(0.5, scorer.Score().TypeAccuracy);
        Assert.Equal(0, scorer.Score("DATE").Relaxed.F1);
        Assert.Equal(0.5, scorer.Score("DURATION").Relaxed.P);
        Assert.Equal(1, scorer.Score("DURATION").Relaxed.R);
    }

    [Fact]
    public void Scores_accumulate_over_documents()
    {
        var scorer = new TimexScorer();
        scorer.Add([Date(0, 5, "2025")], [Date(0, 5, "2025")]);
        scorer.Add([Date(0, 5, "2024")], []);
        Assert.Equal(0.5, scorer.Score().Relaxed.R);
        Assert.Equal(2, scorer.Score().Gold);
    }
}
