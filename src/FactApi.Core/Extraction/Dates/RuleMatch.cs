using System.Text.RegularExpressions;

namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// A rule's match as the normalisation functions see it: a named part comes from the matched group,
/// or else from the rule's constant argument of the same name; the tense is guessed only when asked for.
/// </summary>
internal sealed class RuleMatch(TemporalRule rule, Match match, string text, DateOnly anchor, TenseCues cues)
{
    private Tense? tense;

    public TemporalRule Rule => rule;

    public Match Match => match;

    public DateOnly Anchor => anchor;

    public Tense Tense => tense ??= cues.Guess(text, match.Index, match.Index + match.Length);

    public string Text => text;

    public string? Get(string name)
    {
        var group = match.Groups[name];
        return group.Success ? group.Value : rule.Arg(name);
    }

    public bool Has(string name) => match.Groups[name].Success || rule.Args.ContainsKey(name);
}
