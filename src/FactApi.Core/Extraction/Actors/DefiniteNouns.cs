using System.Text.RegularExpressions;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// "the department", "the health department", "the court": a definite common noun for an organisation
/// (definite-nouns.txt) refers back to one the text named before: the organisation named last whose name holds the
/// noun (and the one word before it, if any), as "the department" after "The Department of Health". Nouns names seldom
/// hold ("the group") are not resolved: the organisation named last is as often another, or a name the
/// tagger read as a person; "the company" is only where one company was named (Companies). A noun that opens a name of
/// its own ("the department of transport") is no reference back.
/// </summary>
internal static class DefiniteNouns
{
    private static readonly IReadOnlyDictionary<string, string> Nouns = Lexicon.Load("Actors.Resources.definite-nouns.txt");

    // "the company", "the airline": the owner nouns marked "main" (owner-nouns.txt).
    private static readonly string[] CompanyNouns = [.. Lexicon.Load("Actors.Resources.owner-nouns.txt").Where(n => n.Value == "main").Select(n => n.Key)];

    public static List<ActorMention> Resolve(string text, List<ActorMention> mentions, string? title = null)
    {
        var organisations = mentions.Where(m => m.Kind == ActorKind.Organization && m.Text.Length > 0 && char.IsUpper(m.Text[0]))
            .Select(m => (Mention: m, Words: SearchKey.Fold(m.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        if (organisations.Count == 0 || !text.Contains("the ", StringComparison.OrdinalIgnoreCase))
        {
            return mentions;
        }

        var added = new List<ActorMention>();
        foreach (Match match in Pattern.Value.Matches(text))
        {
            var noun = match.Groups["noun"].Value;
            if (Opens(text, match.Index + match.Length))
            {
                continue;
            }

            var modifier = match.Groups["modifier"].Success ? match.Groups["modifier"].Value : null;
            int start = match.Index, end = match.Index + match.Length;
            if (mentions.Any(m => m.Start < end && start < m.End) || Antecedent(organisations, noun, modifier, start) is not { } antecedent)
            {
                continue;
            }

            added.Add(new ActorMention(start, end, antecedent.ActorId, match.Value, antecedent.Kind, antecedent.IsKnown));
        }

        added.AddRange(Companies(text, mentions, organisations, title));
        if (added.Count == 0)
        {
            return mentions;
        }

        var result = new List<ActorMention>(mentions.Count + added.Count);
        result.AddRange(mentions);
        result.AddRange(added);
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>
    /// "the company reported ... profit" after "Aceites Guadalmar SA": a company noun refers back to a company only when
    /// the text has named exactly one before it whose name says it is a company (its last word is a company word:
    /// "SA", "Inc.", "Air"); with two so named, or none, the company meant is not told. The story's own organisation
    /// (<see cref="OwnerNouns.MainCompany"/>), when it has one, comes before either.
    /// </summary>
    private static IEnumerable<ActorMention> Companies(string text, List<ActorMention> mentions, List<(ActorMention Mention, string[] Words)> organisations, string? title)
    {
        // The story's own organisation is what "the company" means, even where the text also names another company in
        // passing (an analyst's "Calder Wright Securities"): the one organisation its headline names ("... at Norvale cold
        // store", though the fire service is named more often), else the one named in every other paragraph; failing
        // both, the company whose name says it is one.
        var main = Headlined(organisations, title) ?? OwnerNouns.MainCompany([.. organisations.Select(o => o.Mention)]);
        var companies = main is not null
            ? organisations.Select(o => o.Mention).Where(m => m.ActorId == main).ToList()
            : organisations.Where(o => o.Words.Length > 1 && Coreference.IsCompanyWord(o.Words[^1])).Select(o => o.Mention).ToList();
        if (companies.Count == 0)
        {
            return [];
        }

        var found = new List<ActorMention>();
        foreach (Match match in CompanyPattern.Value.Matches(text))
        {
            int start = match.Index, end = match.Index + match.Length;
            // "the group" is as often a group of people; it is the company only in a story that has one of its own
            // ("The London-listed group said ...").
            if (Opens(text, end) || mentions.Any(m => m.Start < end && start < m.End) || (match.Groups["group"].Success && main is null))
            {
                continue;
            }

            var before = companies.Where(c => c.End <= start).ToList();
            if (before.Count > 0 && before.All(c => c.ActorId == before[0].ActorId))
            {
                found.Add(new ActorMention(start, end, before[^1].ActorId, match.Value, before[^1].Kind, before[^1].IsKnown));
            }
        }

        return found;
    }

    /// <summary>The one organisation of the text whose name (as the text writes it) the headline holds as words, or null.</summary>
    private static string? Headlined(List<(ActorMention Mention, string[] Words)> organisations, string? title)
    {
        if (string.IsNullOrEmpty(title))
        {
            return null;
        }

        // A name that says it is another kind of body ("Harbour Workers Union") is not what "the company" refers to.
        var named = organisations.Where(o => !o.Mention.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && HoldsWords(title, o.Mention.Text)
                && !o.Words.Any(OwnerNouns.IsNoun))
            .Select(o => o.Mention.ActorId).Distinct(StringComparer.Ordinal).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static bool HoldsWords(string title, string name)
    {
        for (var at = title.IndexOf(name, StringComparison.Ordinal); at >= 0; at = title.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if (Coreference.IsWordEdge(title, at - 1) && Coreference.IsWordEdge(title, end))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Lazy<Regex> CompanyPattern = new(() => new Regex(
        $@"(?<![\p{{L}}\p{{N}}])[Tt]he\s+(?:(?:\p{{Lu}}[\p{{L}}]+-(?:listed|based)\s+)?(?<group>group)|{string.Join('|', CompanyNouns.Select(Regex.Escape))})(?![\p{{L}}\p{{N}}'’-])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled));

    private static ActorMention? Antecedent(List<(ActorMention Mention, string[] Words)> organisations, string noun, string? modifier, int before)
    {
        ActorMention? named = null;
        foreach (var (m, words) in organisations)
        {
            if (m.End > before)
            {
                break;
            }

            if (words.Contains(Stem(noun), StringComparer.Ordinal) || words.Contains(noun, StringComparer.Ordinal))
            {
                // A modifier no organisation's name holds ("the foreign ministry" after "the Health Ministry") names another.
                named = modifier is null || words.Contains(modifier, StringComparer.Ordinal) ? m : named;
            }
        }

        return named;
    }

    private static string Stem(string noun) => noun == "organization" ? "organisation" : noun;

    /// <summary>"the department of transport", "the company Nordvik": the noun begins a name, it does not refer back.</summary>
    private static bool Opens(string text, int end)
    {
        var at = end;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at < text.Length && (char.IsUpper(text[at]) || text.AsSpan(at).StartsWith("of ", StringComparison.Ordinal) || text.AsSpan(at).StartsWith("for ", StringComparison.Ordinal));
    }

    // A lower-case noun of the list (a capitalised one is a name the tagger reads), with at most one lower-case word
    // before it. Built once from the data file.
    private static readonly Lazy<Regex> Pattern = new(() => new Regex(
        $@"(?<![\p{{L}}\p{{N}}])[Tt]he\s+(?:(?<modifier>[a-z][a-z-]+)\s+)??(?<noun>{string.Join('|', Nouns.Keys.Select(Regex.Escape))})(?![\p{{L}}\p{{N}}'’-])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled));
}
