namespace FactApi.Cli.Evaluation.TimeMl;

/// <summary>Precision, recall and F1 from counts of matched predictions and matched gold items.</summary>
internal readonly record struct ExtentScore(double P, double R, double F1)
{
    public static ExtentScore From(int matchedPredicted, int predicted, int matchedGold, int gold)
    {
        var p = predicted == 0 ? 0 : (double)matchedPredicted / predicted;
        var r = gold == 0 ? 0 : (double)matchedGold / gold;
        return new ExtentScore(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
