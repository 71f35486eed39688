using System.Text;
using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Finds actors in a text: every name or alias of the registry (exact case when the alias has capitals, any case
/// otherwise, longest first), then people and organisations the name tagger found that the registry lacks,
/// which get a stable id made from their name. A surname alone links to a registry person of that surname;
/// a spelling variant of a registry person's name (<see cref="NameVariant"/>) links to that person; a demonym
/// with a group noun ("Norwegian officials") links to the registry country. A place that is a country
/// (<see cref="Countries"/>) is that country, known to the registry or not.
/// </summary>
public sealed class ActorLinker
{
    private readonly Dictionary<string, Actor> byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> bySurname = new(StringComparer.Ordinal);
    private readonly Regex? capitalised;
    private readonly Regex? lowercase;
    private readonly Dictionary<string, Actor> byVariant = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> bySurnameVariant = new(StringComparer.Ordinal);
    private readonly AffiliationResolver affiliations;

    // One alternation of demonyms × group nouns, both small data files: scanned once per text, not per token.
    private static readonly Lazy<Regex> Groups = new(() => new Regex(
        $@"(?<![\p{{L}}\p{{N}}])(?<demonym>{string.Join('|', AffiliationResolver.DemonymWords.OrderByDescending(d => d.Length).Select(Regex.Escape))})\s+(?:{string.Join('|', EmbeddedData.DataLines("Actors.Resources.group-nouns.txt").OrderByDescending(g => g.Length).Select(Regex.Escape))})(?![\p{{L}}\p{{N}}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled));

    public ActorLinker(IReadOnlyList<Actor> registry)
    {
        var capitals = new List<string>();
        var lower = new List<string>();
        foreach (var actor in registry)
        {
            foreach (var name in actor.Names.Where(n => n.Trim().Length > 1))
            {
                byAlias.TryAdd(SearchKey.Fold(name), actor);
                if (actor.Kind == ActorKind.Person)
                {
                    byVariant.TryAdd(NameVariant.Key(SearchKey.Fold(name)), actor);
                }
                (name.Any(char.IsUpper) ? capitals : lower).Add(name.Trim());
            }

            if (actor.Kind == ActorKind.Person && actor.Name.Split(' ') is { Length: > 1 } words)
            {
                bySurname.TryAdd(SearchKey.Fold(words[^1]), actor);
                bySurnameVariant.TryAdd(NameVariant.Key(SearchKey.Fold(words[^1])), actor);
            }
        }

        capitalised = Build(capitals, RegexOptions.None);
        lowercase = Build(lower, RegexOptions.IgnoreCase);
        affiliations = new AffiliationResolver(registry);
    }

    public IReadOnlyList<ActorMention> Find(string text, IReadOnlyList<EntitySpan> names)
    {
        var mentions = new List<ActorMention>();
        foreach (var regex in new[] { capitalised, lowercase })
        {
            if (regex is null)
            {
                continue;
            }

            foreach (Match match in regex.Matches(text))
            {
                if (!Overlaps(mentions, match.Index, match.Index + match.Length) && byAlias.TryGetValue(SearchKey.Fold(match.Value), out var actor) && !InsideOtherName(text, names, match))
                {
                    mentions.Add(new ActorMention(match.Index, match.Index + match.Length, actor.Id, match.Value, actor.Kind, true));
                }
            }
        }

        foreach (Match match in Groups.Value.Matches(text))
        {
            if (Overlaps(mentions, match.Index, match.Index + match.Length))
            {
                continue;
            }

            if (affiliations.Country(match.Groups["demonym"].Value) is { } country)
            {
                mentions.Add(new ActorMention(match.Index, match.Index + match.Length, country.Id, match.Value, country.Kind, true));
            }
            else if (affiliations.Resolve(match.Groups["demonym"].Value) is { } id)
            {
                mentions.Add(new ActorMention(match.Index, match.Index + match.Length, id, match.Value, ActorKind.Country, false));
            }
        }

        // A place that is a country the registry lacks is that country: it invades, signs and says things.
        foreach (var place in names.Where(n => n.Label == "LOC"))
        {
            if (!Overlaps(mentions, place.Start, place.End) && Countries.Named(SearchKey.Fold(text[place.Start..place.End])) is { } country)
            {
                mentions.Add(new ActorMention(place.Start, place.End, ActorIds.FromName(country), text[place.Start..place.End], ActorKind.Country, false));
            }
        }

        foreach (var found in names.Where(n => n.Label is "PER" or "ORG"))
        {
            var tagged = InHeadline(text, names, found);
            if (tagged.Label is not ("PER" or "ORG"))
            {
                continue;
            }

            var plain = WithoutPostNominal(text, tagged);
            var name = plain.Label == "PER" ? WithoutTitle(text, plain) : WithoutTitledPerson(text, plain);

            // A name never runs over a line break: one that does is a link or headline line merged with the next paragraph.
            if (Overlaps(mentions, name.Start, name.End) || text.AsSpan(name.Start, name.End - name.Start).Contains('\n') || InDateline(text, name))
            {
                continue;
            }

            // "any Green Liberal rebels": a name the tagger took for a person right before a plural common noun modifies
            // it, and is nobody who speaks or takes a pronoun.
            if (name.Label == "PER" && BeforePluralNoun(text, name.End))
            {
                continue;
            }

            name = WithNumber(text, name);
            var words = text[name.Start..name.End];
            var folded = SearchKey.Fold(words);
            if (name.Label == "PER" && Person(folded) is { } person)
            {
                mentions.Add(new ActorMention(name.Start, name.End, person.Id, words, person.Kind, true));
            }
            else if (folded.Length > 1)
            {
                mentions.Add(new ActorMention(name.Start, name.End, ActorIds.FromName(folded), words, name.Label == "PER" ? ActorKind.Person : ActorKind.Organization, false));
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    /// <summary>"Cerro Blanco Workers' Union No. 1": the tagger leaves the number out of a name that ends in "No.".</summary>
    private static EntitySpan WithNumber(string text, EntitySpan name)
    {
        if (name.Label != "ORG" || !text.AsSpan(name.Start, name.End - name.Start).EndsWith(" No.", StringComparison.Ordinal)
            || name.End + 1 >= text.Length || text[name.End] != ' ' || !char.IsAsciiDigit(text[name.End + 1]))
        {
            return name;
        }

        var end = name.End + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return name with { End = end, TokenCount = name.TokenCount + 1 };
    }

    private static bool BeforePluralNoun(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ' ' || !char.IsAsciiLetterLower(text[end + 1]))
        {
            return false;
        }

        var wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsAsciiLetterLower(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text[(end + 1)..wordEnd];
        if (word.Length < 4 || word[^1] != 's' || word.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        var tags = Claims.Tagging.WordClasses.Tags(word);
        return tags.Contains("N") && !tags.Any(t => t.StartsWith('V'));
    }

    /// <summary>"MIAMI (AP) --": the place a story was filed from, which the tagger, seeing capitals, calls an organisation.</summary>
    private static bool InDateline(string text, EntitySpan name)
    {
        const int MaxBefore = 60;
        // Only the line's first characters can be a dateline: the search for its start goes back no further.
        var lineStart = name.Start == 0 ? 0 : text.LastIndexOf('\n', name.Start - 1, Math.Min(MaxBefore, name.Start)) + 1;
        return lineStart + MaxBefore > name.Start && name.End <= lineStart + Claims.Datelines.LengthAt(text, lineStart, Math.Min(text.Length, lineStart + 80));
    }

    /// <summary>
    /// In a title-case line (a headline: "Elizabeth Warren Hammers Wells Fargo CEO") the tagger takes verbs and nouns
    /// into names. A name there that the text never repeats gives way to its longest first words that the tagger found
    /// as a name elsewhere in the text ("Elizabeth Warren"), with that name's label; else it stays as found.
    /// </summary>
    private static EntitySpan InHeadline(string text, IReadOnlyList<EntitySpan> names, EntitySpan name)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, name.Start - 1)) + 1;
        var lineEnd = text.IndexOf('\n', name.End) is var end and >= 0 ? end : text.Length;
        if (name.TokenCount < 3 || !IsTitleCase(text.AsSpan(lineStart, lineEnd - lineStart)))
        {
            return name;
        }

        var words = text[name.Start..name.End];
        if (Elsewhere(text, names, words, lineStart, lineEnd) is not null)
        {
            return name;
        }

        for (var cut = words.LastIndexOf(' '); cut > 0; cut = words.LastIndexOf(' ', cut - 1))
        {
            if (Elsewhere(text, names, words[..cut], lineStart, lineEnd) is { } repeated)
            {
                return name with { End = name.Start + cut, TokenCount = words[..cut].Count(c => c == ' ') + 1, Label = repeated.Label };
            }
        }

        return name;
    }

    /// <summary>A name the tagger found outside [lineStart, lineEnd) with exactly these words, if any.</summary>
    private static EntitySpan? Elsewhere(string text, IReadOnlyList<EntitySpan> names, string words, int lineStart, int lineEnd)
    {
        foreach (var other in names)
        {
            if ((other.Start >= lineEnd || other.End <= lineStart) && other.End - other.Start == words.Length
                && text.AsSpan(other.Start, words.Length).SequenceEqual(words))
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>Four or more words, nearly all of the longer ones capitalised: a headline, not a sentence.</summary>
    private static bool IsTitleCase(ReadOnlySpan<char> line)
    {
        int words = 0, longer = 0, capitalised = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range].Trim("\"'\u201C\u201D\u2018\u2019(),.:;!?");
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (word.Length > 3)
            {
                longer++;
                capitalised += char.IsUpper(word[0]) ? 1 : 0;
            }
        }

        return words >= 4 && longer >= 3 && capitalised * 10 >= longer * 8;
    }

    /// <summary>
    /// Whether a registry name lies inside a longer organisation or other name that is not itself in the registry:
    /// "USA" in "USA Today" or "Washington" in "The Washington Post" names a newspaper, not the country.
    /// </summary>
    private bool InsideOtherName(string text, IReadOnlyList<EntitySpan> names, Match match)
    {
        foreach (var name in names)
        {
            if (name.Label is "ORG" or "MISC" && name.Start <= match.Index && name.End >= match.Index + match.Length
                && name.End - name.Start > match.Length && !byAlias.ContainsKey(SearchKey.Fold(text[name.Start..name.End])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The tagger sometimes takes a capitalised office into a person's name ("Mayor Ilse Varn"); the office is
    /// not part of the name (it would change the id) and the role finder reads it from the words before.
    /// </summary>
    private static EntitySpan WithoutTitle(string text, EntitySpan name)
    {
        // "Ms Lindqvist", "Mr Whitlock": British copy writes a personal title without its period. An office may follow
        // it ("Mrs Justice Adaeze Okonkwo-Hale").
        if (PersonalTitleEnd(text, name) is var firstSpace and > 0)
        {
            var rest = name with { Start = firstSpace + 1, FirstToken = name.FirstToken + 1, TokenCount = name.TokenCount - 1 };
            return rest.TokenCount > 2 ? WithoutOffice(text, rest) : rest;
        }

        return WithoutOffice(text, name);
    }

    private static EntitySpan WithoutOffice(string text, EntitySpan name)
    {
        var spaces = new List<int>();
        for (var i = name.Start; i < name.End; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (spaces.Count == 0 || spaces[^1] != i - 1))
            {
                spaces.Add(i);
            }
        }

        for (var n = Math.Min(TitleLexicon.Default.MaxWords, spaces.Count); n >= 1; n--)
        {
            if (TitleLexicon.Default.Find(text[name.Start..spaces[n - 1]]) is not null)
            {
                var start = spaces[n - 1];
                while (char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                return name with { Start = start, FirstToken = name.FirstToken + n, TokenCount = name.TokenCount - n };
            }
        }

        return OfficeInside(text, name, spaces);
    }

    /// <summary>
    /// "Kinosew Lake Mayor Dale Ostrowski": a place before the office the tagger took in with it; the person is the two
    /// words or more after an office that starts inside the span.
    /// </summary>
    private static EntitySpan OfficeInside(string text, EntitySpan name, List<int> spaces)
    {
        for (var from = 0; from + 2 < spaces.Count; from++)
        {
            var start = spaces[from] + 1;
            for (var n = Math.Min(TitleLexicon.Default.MaxWords, spaces.Count - from - 2); n >= 1; n--)
            {
                if (TitleLexicon.Default.Find(text[start..spaces[from + n]]) is not null)
                {
                    var rest = spaces[from + n] + 1;
                    return name with { Start = rest, FirstToken = name.FirstToken + from + n + 1, TokenCount = name.TokenCount - from - n - 1 };
                }
            }
        }

        return name;
    }

    /// <summary>
    /// "Board Chair Gloria Vasquez-Ruud": the tagger may read an office of two words or more and the name after it as an
    /// organisation's name. With the office gone and two words or more left, it is a person's. A one-word office is
    /// left alone: "General Electric Company" is no general.
    /// </summary>
    private static EntitySpan WithoutTitledPerson(string text, EntitySpan name)
    {
        var person = WithoutTitle(text, name);
        return person.Start == name.Start || (name.TokenCount - person.TokenCount < 2 && PersonalTitleEnd(text, name) < 0) || person.TokenCount < 2 ? name : person with { Label = "PER" };
    }

    /// <summary>Where the personal title that opens a name of two tokens or more ends ("Ms", "Mrs" of "Mrs Justice ..."), or -1.</summary>
    private static int PersonalTitleEnd(string text, EntitySpan name)
    {
        var firstSpace = text.IndexOf(' ', name.Start, name.End - name.Start);
        return firstSpace > name.Start && name.TokenCount > 1 && Abbreviations.IsPersonalTitle(text.AsSpan(name.Start, firstSpace - name.Start)) ? firstSpace : -1;
    }

    /// <summary>"Philippa Greaves KC": post-nominals after a name of two words or more are not part of it, and say a person bears it.</summary>
    private static EntitySpan WithoutPostNominal(string text, EntitySpan name)
    {
        var lastSpace = name.TokenCount < 3 ? -1 : text.LastIndexOf(' ', name.End - 1, name.End - name.Start);
        if (lastSpace <= name.Start || !PostNominals.Is(text.AsSpan(lastSpace + 1, name.End - lastSpace - 1)))
        {
            return name;
        }

        return name with { End = WordBefore.PhraseEnd(text, lastSpace, name.Start), TokenCount = name.TokenCount - 1, Label = "PER" };
    }

    private Actor? Person(string folded)
    {
        var words = folded.Split(' ');
        if (bySurname.TryGetValue(words[^1], out var person) && (words.Length == 1 || byAlias.ContainsKey(folded)))
        {
            return person;
        }

        var key = NameVariant.Key(folded);
        if (byVariant.TryGetValue(key, out person) || (words.Length == 1 && bySurnameVariant.TryGetValue(key, out person)))
        {
            return person;
        }

        // One slip in a long surname ("Zelenskyj" vs "Zelensky" already meet; "Zelenksy" does not): short names
        // are too easily another person, hence the six-letter floor. The registry's people are few, so a scan is cheap.
        return words.Length == 1 && key.Length >= 6
            ? bySurnameVariant.Where(s => NameVariant.WithinOneEdit(s.Key, key)).Select(s => s.Value).FirstOrDefault()
            : null;
    }

    private static Regex? Build(List<string> names, RegexOptions options)
    {
        if (names.Count == 0)
        {
            return null;
        }

        var alternatives = string.Join('|', names.Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).Select(Regex.Escape));
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])", options | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private static bool Overlaps(List<ActorMention> mentions, int start, int end) => mentions.Any(m => m.Start < end && start < m.End);
}
