namespace FactApi.Cli.Evaluation.TimeMl;

/// <summary>A time expression as the scorer sees it, gold or predicted: character span, TIMEX3 type name and value.</summary>
internal sealed record TimexSpan(int Start, int End, string Type, string Value)
{
    public bool Overlaps(TimexSpan other) => Start < other.End && other.Start < End;
}
