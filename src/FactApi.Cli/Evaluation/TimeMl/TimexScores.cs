namespace FactApi.Cli.Evaluation.TimeMl;

/// <summary>
/// TempEval-3 entity scores for one slice (all types, or one type): strict and relaxed extent,
/// value F1 (= value accuracy over relaxed matches x relaxed F1) and type accuracy over relaxed matches.
/// </summary>
internal sealed record TimexScores(
    ExtentScore Strict,
    ExtentScore Relaxed,
    double ValueF1,
    double ValueAccuracy,
    double TypeAccuracy,
    int Gold,
    int Predicted);
