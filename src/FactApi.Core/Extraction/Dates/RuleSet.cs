using System.Text;
using System.Text.RegularExpressions;

namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// Loads <c>Resources/rules/*.txt</c>. A line is <c>id TAB TYPE TAB pattern TAB function [name=value ...]</c>.
/// In a pattern <c>%list%</c> is a lexicon alternation or a named fragment, a space means one or more white-space
/// characters and " ?" optional white space. Every pattern must start at a word start (so "'80s" needs context:
/// see the decade rules) and end at a word end; each is compiled once.
/// </summary>
internal sealed class RuleSet
{
    private readonly List<TemporalRule> rules = [];
    private readonly List<Regex> gates = [];
    private readonly Dictionary<string, int> gateNames = new(StringComparer.Ordinal);

    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private static readonly Regex Placeholder = new("%([A-Za-z_]+)%", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static RuleSet LoadEmbedded(Lexicon lexicon)
    {
        var set = new RuleSet();
        foreach (var name in ResourceText.Names("rules"))
        {
            foreach (var line in ResourceText.Lines(name))
            {
                var rule = Parse(line, lexicon, name);
                if (rule.Arg("needs") is { } needs)
                {
                    rule = rule with { Gate = set.GateIndex(needs, lexicon) };
                }

                set.rules.Add(rule);
            }
        }

        return set;
    }

    public IReadOnlyList<TemporalRule> Rules => rules;

    /// <summary>Cheap word-list searches that decide, once per text, whether gated rules need to run.</summary>
    public IReadOnlyList<Regex> Gates => gates;

    private int GateIndex(string name, Lexicon lexicon)
    {
        if (!gateNames.TryGetValue(name, out var index))
        {
            index = gates.Count;
            gates.Add(new Regex("\\b" + Expand(lexicon.Alternation(name), lexicon), Options));
            gateNames.Add(name, index);
        }

        return index;
    }

    private static (int Before, int After)? Window(string id, IReadOnlyDictionary<string, string> args, string source)
    {
        if (!args.TryGetValue("window", out var value))
        {
            return null;
        }

        if (!args.ContainsKey("needs"))
        {
            throw new FormatException($"{source}: rule {id} has window={value} but no gate (needs=) to place it.");
        }

        var parts = value.Split(',');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var before) || !int.TryParse(parts[1], out var after)
            || before < 0 || after < 0)
        {
            throw new FormatException($"{source}: rule {id} has window={value}; expected two word counts, window=B,A.");
        }

        return (before, after);
    }

    public static TemporalRule Parse(string line, Lexicon lexicon, string source)
    {
        var fields = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length != 4 || !TimexTypeNames.TryParse(fields[1], out var type))
        {
            throw new FormatException($"{source}: expected 'id TAB TYPE TAB pattern TAB function', got: {line}");
        }

        var call = fields[3].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var arg in call.Skip(1))
        {
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new FormatException($"{source}: argument '{arg}' of rule {fields[0]} is not name=value.");
            }

            args[arg[..eq]] = arg[(eq + 1)..];
        }

        // \b (not a lookbehind) in front lets the regex engine skip ahead to word starts quickly.
        var pattern = "\\b(?:" + Expand(fields[2], lexicon) + ")(?!\\w)";
        try
        {
            return new TemporalRule(fields[0], type, new Regex(pattern, Options), call[0], args, Window: Window(fields[0], args, source));
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{source}: rule {fields[0]} has a bad pattern: {e.Message}", e);
        }
    }

    private static string Expand(string pattern, Lexicon lexicon)
    {
        var withLists = pattern;
        for (var depth = 0; depth < 4 && withLists.Contains('%', StringComparison.Ordinal); depth++)
        {
            withLists = Placeholder.Replace(withLists, m => lexicon.Alternation(m.Groups[1].Value));
        }

        var builder = new StringBuilder(withLists.Length + 16);
        var inClass = false;
        for (var i = 0; i < withLists.Length; i++)
        {
            var c = withLists[i];
            if (c == '\\' && i + 1 < withLists.Length)
            {
                builder.Append(c).Append(withLists[++i]);
                continue;
            }

            inClass = c == '[' || (inClass && c != ']');
            if (c == ' ' && !inClass && i + 1 < withLists.Length && withLists[i + 1] is '?' or '*')
            {
                // " ?" is optional white space, not a lazy "\s+?".
                builder.Append("\\s*");
                i++;
                continue;
            }

            builder.Append((c, inClass) switch
            {
                (' ', false) => "\\s+",
                // News text mixes straight and typographic apostrophes ("year's", "year’s").
                ('\'', false) => "['’]",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
