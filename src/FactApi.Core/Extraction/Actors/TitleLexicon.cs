using FactApi.Core.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Offices that news puts before a name or in an apposition, read from <c>Resources/titles.txt</c> so that the
/// list grows without code changes. A phrase maps to one canonical title; head-of-state titles are marked so a
/// generic "leader" can refer to them.
/// </summary>
internal sealed class TitleLexicon
{
    private static readonly Lazy<TitleLexicon> Shared = new(() => new TitleLexicon(Lexicon.Load("Actors.Resources.titles.txt")));
    private readonly Dictionary<string, string> titles = new(StringComparer.Ordinal);
    private readonly HashSet<string> heads = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> generic = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> owned = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> spoken = new(StringComparer.OrdinalIgnoreCase);

    private TitleLexicon(IReadOnlyDictionary<string, string> entries)
    {
        foreach (var (phrase, value) in entries)
        {
            var parts = value.Split('\t', StringSplitOptions.TrimEntries);
            titles[SearchKey.Fold(phrase)] = parts[0];
            if (!spoken.TryGetValue(parts[0], out var forms))
            {
                spoken[parts[0]] = forms = [];
            }

            forms.Add(phrase);
            if (parts.Length > 1 && parts[1] == "head")
            {
                heads.Add(parts[0]);
            }
            else if (parts.Length > 1 && parts[1] == "any")
            {
                generic.Add(parts[0]);
            }
            else if (parts.Length > 1 && parts[1] == "owned")
            {
                owned.Add(parts[0]);
            }
        }

        Phrases = [.. entries.Keys.OrderByDescending(p => p.Length)];
        MaxWords = entries.Keys.Max(p => p.Split(' ').Length);
    }

    public static TitleLexicon Default => Shared.Value;

    /// <summary>
    /// Whether the title says little without whose it is ("director", "secretary"): with other words before it and
    /// no owner among them, those words describe the person better ("Port director", "international security director").
    /// </summary>
    public bool NeedsOwner(string title) => owned.Contains(title);

    /// <summary>Every phrase, longest first (for building one alternation).</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>The most words a phrase has.</summary>
    public int MaxWords { get; }

    /// <summary>The canonical title of a phrase ("spokesman" → "spokesperson"), or null.</summary>
    public string? Find(string phrase) => titles.GetValueOrDefault(SearchKey.Fold(phrase));

    /// <summary>The offices named among <paramref name="words"/> (the longest phrase at each place first), as canonical titles.</summary>
    public List<string> TitlesIn(IReadOnlyList<string> words)
    {
        var found = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = Math.Min(MaxWords, words.Count - i); n >= 1; n--)
            {
                if (Find(string.Join(' ', words.Skip(i).Take(n))) is { } title)
                {
                    found.Add(title);
                    i += n - 1;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>Every phrase written for a canonical title ("CEO": "ceo", "chief executive"), none for another text.</summary>
    public IReadOnlyList<string> SpokenFormsOf(string title) => spoken.TryGetValue(title, out var forms) ? forms : [];

    /// <summary>
    /// Whether a role with <paramref name="held"/> answers a mention of <paramref name="asked"/>: the same office,
    /// or a generic word ("leader") and an office that heads a country.
    /// </summary>
    public bool Matches(string asked, string held) =>
        string.Equals(asked, held, StringComparison.OrdinalIgnoreCase)
        || (generic.Contains(asked) && (heads.Contains(held) || held.Split(' ').Any(heads.Contains)))
        || string.Equals(asked, HeadOf(held), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The office a written title ends in: "state's emergency management commissioner" is a commissioner, and "mayor of
    /// Warrigal Shire" a mayor, so "the commissioner" and "the mayor" refer back to them. Null when it ends in none.
    /// </summary>
    public string? HeadOf(string held)
    {
        var words = held.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var owner = Array.FindIndex(words, w => w is "of" or "for" or "at");
        var end = owner > 0 ? owner : words.Length;
        for (var n = Math.Min(MaxWords, end); n >= 1; n--)
        {
            if (Find(string.Join(' ', words[(end - n)..end])) is { } title)
            {
                return title;
            }
        }

        return null;
    }
}
