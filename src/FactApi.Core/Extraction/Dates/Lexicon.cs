using System.Text;
using System.Text.RegularExpressions;

namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// Named word lists (<c>Resources/lexicon/NAME.txt</c>, lines <c>phrase TAB value</c>), like HeidelTime's
/// repattern and normalization files in one: a list gives a rule pattern its alternation (<c>%NAME%</c>)
/// and gives the normaliser the value of the words a group captured.
/// </summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, Dictionary<string, string>> lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> patterns = new(StringComparer.Ordinal);

    public static Lexicon LoadEmbedded()
    {
        var lexicon = new Lexicon();
        foreach (var name in ResourceText.Names("lexicon"))
        {
            var list = name["lexicon.".Length..^".txt".Length];
            foreach (var line in ResourceText.Lines(name))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                var phrase = tab < 0 ? line : line[..tab];
                var value = tab < 0 ? phrase : line[(tab + 1)..].Trim();
                lexicon.Add(list, phrase, value);
            }
        }

        foreach (var line in ResourceText.Lines("patterns.txt"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            lexicon.patterns[line[..tab]] = line[(tab + 1)..].Trim();
        }

        return lexicon;
    }

    public void Add(string list, string phrase, string value)
    {
        if (!lists.TryGetValue(list, out var entries))
        {
            entries = new Dictionary<string, string>(StringComparer.Ordinal);
            lists.Add(list, entries);
        }

        entries[Key(phrase)] = value;
    }

    public bool Has(string list) => lists.ContainsKey(list);

    public bool TryLookup(string list, string text, out string value)
    {
        value = string.Empty;
        return lists.TryGetValue(list, out var entries) && entries.TryGetValue(Key(text), out value!);
    }

    /// <summary>A named regex fragment (<c>patterns.txt</c>) or a non-capturing alternation of the list's phrases, longest first so the regex prefers them.</summary>
    public string Alternation(string list)
    {
        if (patterns.TryGetValue(list, out var fragment))
        {
            return "(?:" + fragment + ")";
        }

        if (!lists.TryGetValue(list, out var entries))
        {
            throw new InvalidOperationException($"Rules refer to an unknown word list %{list}%.");
        }

        var parts = entries.Keys
            .OrderByDescending(p => p.Length)
            .ThenBy(p => p, StringComparer.Ordinal)
            .Select(p => Regex.Escape(p).Replace("\\ ", "\\s+", StringComparison.Ordinal));
        return "(?:" + string.Join('|', parts) + ")";
    }

    /// <summary>Lower case, typographic apostrophes straight, runs of white space made one space: "Sept.  30" finds "sept. 30".</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
