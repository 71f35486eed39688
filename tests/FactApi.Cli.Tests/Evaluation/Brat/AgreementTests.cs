using FactApi.Cli.Evaluation.Brat;
using FactApi.Cli.Evaluation.Conll;

namespace FactApi.Cli.Tests.Evaluation.Brat;

public class AgreementTests
{
    [Fact]
    public void Scores_one_annotator_against_the_other_only_on_articles_both_annotated()
    {
        const string text = "The mayor said the bridge would reopen. Traffic stayed light.";
        BratDocument[] documents =
        [
            new("a", text, null, [new("Source", [(0, 9)]), new("Cue", [(10, 14)]), new("Content", [(15, 38)])]),
            new("a", text, null, [new("Source", [(4, 9)]), new("Cue", [(10, 14)]), new("Content", [(40, 61)])]),
            new("b", text, null, [new("Cue", [(10, 14)])]),
        ];

        var (scorer, articles) = BratEvaluator.Agreement(documents);

        Assert.Equal(1, articles);
        Assert.Equal(new PrecisionRecall(0, 1, 1), scorer.Exact("Source"));
        Assert.Equal(new PrecisionRecall(1, 0, 0), scorer.Overlap("Source"));
        Assert.Equal(new PrecisionRecall(1, 0, 0), scorer.Exact("Cue"));
        Assert.Equal(new PrecisionRecall(0, 1, 1), scorer.Overlap("Content"));
    }
}
