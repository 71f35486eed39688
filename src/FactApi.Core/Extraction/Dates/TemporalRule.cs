using System.Text.RegularExpressions;

namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// One line of a rules file: a compiled pattern, the TIMEX3 type it yields and the normalisation function
/// (with constant arguments) that turns its named groups into a value.
/// </summary>
internal sealed record TemporalRule(
    string Id,
    TimexType Type,
    Regex Pattern,
    string Function,
    IReadOnlyDictionary<string, string> Args)
{
    public string? Arg(string name) => Args.TryGetValue(name, out var value) ? value : null;
}
