namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// One time expression found in a text: character offsets into that text (<paramref name="End"/> exclusive),
/// its TIMEX3 type and normalised value (e.g. <c>2025-05-15</c>, <c>P30D</c>, <c>PRESENT_REF</c>).
/// </summary>
/// <param name="Mod">TIMEX3 <c>mod</c> (START, MID, END, APPROX...) when the wording qualifies the value, else null.</param>
/// <param name="Rule">Id of the rule that matched, for diagnostics.</param>
public sealed record TimeExpression(
    int Start,
    int End,
    string Text,
    TimexType Type,
    string Value,
    string? Mod = null,
    string Rule = "");
