using System.Text.RegularExpressions;

namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// One line of a rules file: a compiled pattern, the TIMEX3 type it yields and the normalisation function
/// (with constant arguments) that turns its named groups into a value. The argument <c>needs=NAME</c> names a
/// word list or pattern that any match must contain.
/// </summary>
/// <param name="Gate">Index of the rule's gate in <see cref="RuleSet.Gates"/>, or -1: when the gate's words are
/// nowhere in a text, the rule cannot match there and its (costlier) pattern is not run.</param>
/// <param name="Window">From <c>window=B,A</c>: every match holds a gate match with at most B words of the match
/// before it and A after it, so the pattern runs only around the gate's matches (<see cref="RuleWindows"/>).</param>
internal sealed record TemporalRule(
    string Id,
    TimexType Type,
    Regex Pattern,
    string Function,
    IReadOnlyDictionary<string, string> Args,
    int Gate = -1,
    (int Before, int After)? Window = null)
{
    public string? Arg(string name) => Args.TryGetValue(name, out var value) ? value : null;
}
