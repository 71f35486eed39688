using System.Text.RegularExpressions;

namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// Finds time expressions in English news text and normalises them to TIMEX3 values, anchored on a date:
/// the publication date for an article, or the "as of" date for a question. Rules, word lists and tense cues
/// are embedded data files (see <c>Resources/</c> and README.md); this class only runs them: every rule's regex
/// over the text (skipped when the rule's gate words are absent), longest non-overlapping matches win (the earlier
/// rule on a tie), then each winner is normalised.
/// </summary>
public sealed partial class TemporalTagger
{
    private readonly IReadOnlyList<TemporalRule> rules;
    private readonly IReadOnlyList<Regex> gates;
    private readonly TimexNormalizer normalizer;
    private readonly TenseCues tense;
    private readonly HashSet<string> comparisonRules;

    private TemporalTagger(RuleSet ruleSet, TimexNormalizer normalizer, TenseCues tense)
    {
        rules = ruleSet.Rules;
        gates = ruleSet.Gates;
        this.normalizer = normalizer;
        this.tense = tense;
        comparisonRules = rules.Where(r => r.Arg("compare") == "period").Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The tagger built from the embedded resources; thread-safe, built once on first use.</summary>
    public static TemporalTagger Default => Lazy.Value;

    private static readonly Lazy<TemporalTagger> Lazy = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    internal static TemporalTagger Create()
    {
        var lexicon = Lexicon.LoadEmbedded();
        return new TemporalTagger(RuleSet.LoadEmbedded(lexicon), new TimexNormalizer(lexicon), TenseCues.LoadEmbedded());
    }

    /// <summary>Time expressions in <paramref name="text"/>, in text order, resolved against <paramref name="anchor"/>.</summary>
    public IReadOnlyList<TimeExpression> Tag(string text, DateOnly anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<(int Rule, Match Match, Group Extent)>();
        Span<sbyte> open = stackalloc sbyte[gates.Count];
        List<(int Start, int Length)>? windows = null;
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var gate = rule.Gate;
            if (gate >= 0 && open[gate] < 0)
            {
                continue;
            }

            if (rule.Window is { } window)
            {
                (windows ??= []).Clear();
                RuleWindows.Find(gates[gate], text, window, windows);
                open[gate] = windows.Count > 0 ? (sbyte)1 : (sbyte)-1;
                foreach (var m in RuleWindows.Matches(rule.Pattern, text, windows))
                {
                    Add(i, m, candidates);
                }

                continue;
            }

            if (gate >= 0 && open[gate] == 0)
            {
                open[gate] = gates[gate].IsMatch(text) ? (sbyte)1 : (sbyte)-1;
                if (open[gate] < 0)
                {
                    continue;
                }
            }

            for (var m = rule.Pattern.Match(text); m.Success; m = m.NextMatch())
            {
                Add(i, m, candidates);
            }
        }

        candidates.Sort(static (a, b) => a.Extent.Length != b.Extent.Length
            ? b.Extent.Length.CompareTo(a.Extent.Length)
            : a.Rule.CompareTo(b.Rule));

        var found = new List<TimeExpression>();
        var taken = new TakenSpans();
        Dictionary<int, (TemporalRule Rule, Match Match)>? anaphoric = null;
        foreach (var (ruleIndex, match, extent) in candidates)
        {
            var start = extent.Index;
            var end = start + extent.Length;
            if (taken.Overlaps(start, end))
            {
                continue;
            }

            var rule = rules[ruleIndex];
            if (Normalize(rule, match, text, anchor) is { } n)
            {
                if (rule.Arg("anchor") is "previous" || (rule.Arg("anchor") is "undated" && !NamesDay(match)))
                {
                    (anaphoric ??= [])[start] = (rule, match);
                }

                found.Add(new TimeExpression(start, end, extent.Value, n.Type, n.Value, n.Mod, rule.Id));
                taken.Add(start, end);
            }
        }

        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        if (anaphoric is not null)
        {
            ResolveAnaphoric(found, anaphoric, text);
        }

        ComparisonPeriods.Refine(found, comparisonRules);
        return found;
    }

    private static void Add(int rule, Match match, List<(int Rule, Match Match, Group Extent)> candidates)
    {
        if (match.Length > 0)
        {
            candidates.Add((rule, match, Extent(match)));
        }
    }

    /// <summary>Whether a clock time names its day ("10 p.m. Friday", "noon on May 3"); one that does not is on the story's last day.</summary>
    private static bool NamesDay(Match match) =>
        match.Groups["weekday"].Success || match.Groups["dw"].Success || match.Groups["day"].Success || match.Groups["year"].Success;

    /// <summary>Re-anchors "the next day", "that year"... on the last date named before them (see <see cref="ReferenceTimes"/>).</summary>
    private void ResolveAnaphoric(List<TimeExpression> found, Dictionary<int, (TemporalRule Rule, Match Match)> anaphoric, string text)
    {
        (DateOnly Date, char Grain)? reference = null;
        for (var i = 0; i < found.Count; i++)
        {
            var e = found[i];
            if (!anaphoric.TryGetValue(e.Start, out var pending))
            {
                if (e.Type is TimexType.Date or TimexType.Time && ReferenceTimes.Parse(e.Value) is { } parsed)
                {
                    reference = parsed;
                }

                continue;
            }

            var (rule, match) = pending;
            // "shortly after 10:40 p.m. (2140 GMT) on Wednesday": a clock time whose day comes after it, past a bracket.
            var day = rule.Arg("anchor") is "undated" ? DayAfter(found, anaphoric, i, text) : null;
            if ((day ?? reference) is { } r && ReferenceTimes.Covers(r.Grain, ReferenceTimes.Needs(rule, match))
                && Normalize(rule, match, text, r.Date) is { } n)
            {
                found[i] = e with { Value = n.Value };
            }
        }
    }

    /// <summary>
    /// The day named right after an undated clock time, past other undated times and brackets ("10:40 p.m. (2140 GMT) on
    /// Wednesday"): only spaces, commas, brackets and "on" may lie between.
    /// </summary>
    private static (DateOnly Date, char Grain)? DayAfter(List<TimeExpression> found, Dictionary<int, (TemporalRule Rule, Match Match)> anaphoric, int at, string text)
    {
        for (var j = at + 1; j < found.Count; j++)
        {
            if (!Between().IsMatch(text.AsSpan(found[j - 1].End, Math.Max(0, found[j].Start - found[j - 1].End))))
            {
                return null;
            }

            if (anaphoric.TryGetValue(found[j].Start, out var next) && next.Rule.Arg("anchor") is "undated")
            {
                continue;
            }

            return found[j].Type == TimexType.Date && ReferenceTimes.Parse(found[j].Value) is { Grain: 'D' } day ? day : null;
        }

        return null;
    }

    [GeneratedRegex(@"^[\s(),]*(?:on\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Between();

    private Normalized? Normalize(TemporalRule rule, Match match, string text, DateOnly anchor)
    {
        try
        {
            return normalizer.Normalize(new RuleMatch(rule, match, text, anchor, tense));
        }
        catch (ArgumentOutOfRangeException)
        {
            // Arithmetic off the calendar (an anchor near year 1 or 9999, "3000 years ago"): no value, so no expression.
            return null;
        }
    }

    /// <summary>The tagged span: group <c>x</c> when a rule matches context it does not tag ("in May"), else the match.</summary>
    private static Group Extent(Match match) => match.Groups["x"] is { Success: true } x ? x : match;
}
