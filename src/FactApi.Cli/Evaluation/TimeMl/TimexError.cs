namespace FactApi.Cli.Evaluation.TimeMl;

/// <summary>What went wrong with one expression: missed gold, spurious prediction, or an overlapping match with the wrong value, type or span.</summary>
internal enum TimexErrorKind
{
    Missed,
    Spurious,
    WrongValue,
    WrongType,
    WrongExtent,
}

/// <summary>One scoring error, with the gold and/or predicted span involved.</summary>
internal sealed record TimexError(TimexErrorKind Kind, TimexSpan? Gold, TimexSpan? Predicted);
