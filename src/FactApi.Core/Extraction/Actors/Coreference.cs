using System.Text.RegularExpressions;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Links later, shorter mentions to a person named in full earlier in the same text: the surname alone
/// ("Kest" after "Alda Kest", even when the tagger missed it or gave it its own id) and a title phrase ("the
/// Norwegian prime minister", "the Kremlin leader") to the latest person holding that office, from the roles the
/// text gave (<see cref="RoleFinder"/>) or the registry's; a definite common noun ("the department") to an organisation
/// named before (<see cref="DefiniteNouns"/>). Pronouns are the claim extractor's business.
/// </summary>
public sealed class Coreference(IReadOnlyList<Actor> registry)
{
    private static readonly IReadOnlyDictionary<string, string> Particles = Lexicon.Load("Actors.Resources.name-particles.txt");
    private static readonly IReadOnlyDictionary<string, string> CompanyWords = Lexicon.Load("Actors.Resources.company-words.txt");

    // One alternation of the title phrases (a small data file), run once over the text. The modifier is
    // capitalised (a demonym or a name) and lazy, so "the Norwegian prime minister" does not read as a
    // "Norwegian prime" minister.
    private static readonly Lazy<Regex> TitlePhrase = new(() => new Regex(
        $@"(?<![\p{{L}}\p{{N}}])(?i:the)\s+(?:(?<modifier>\p{{Lu}}[\p{{L}}.'’-]*(?:\s+\p{{Lu}}[\p{{L}}.'’-]*)??)\s+)??(?<title>(?i:{string.Join('|', TitleLexicon.Default.Phrases.Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal)))}))(?![\p{{L}}\p{{N}}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled));

    private readonly TitleLexicon titles = TitleLexicon.Default;
    private readonly AffiliationResolver affiliations = new(registry);
    private readonly Dictionary<string, Actor> known = registry.ToDictionary(a => a.Id, StringComparer.Ordinal);

    /// <param name="text">The text all offsets point into.</param>
    /// <param name="mentions">The linker's mentions, in text order.</param>
    /// <param name="roles">The roles the text gives.</param>
    /// <param name="taken">Spans already read as something else (dates, places): a surname found by lookup there is
    /// not the person ("May" in "in May").</param>
    /// <param name="asOf">The text's date: a registry office counts only while it was held ("the president" in 2016
    /// is not a president of 2017 on); none, every office counts and the current holder is taken.</param>
    /// <param name="title">The story's headline: the organisation it names is the story's own ("the company").</param>
    public IReadOnlyList<ActorMention> Resolve(string text, IReadOnlyList<ActorMention> mentions, IReadOnlyList<FoundRole> roles, IReadOnlyList<(int Start, int End)>? taken = null, DateOnly? asOf = null, string? title = null)
    {
        var result = ByFirstWord(ByHeadNoun(ByCompanyName(ByAcronym(text, Organisations(text, ByForenames(BySurname(text, Modifiers(text, mentions, roles), taken ?? [])))))));
        ByTitle(text, result, roles, asOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return LeadPerson.Resolve(text, DefiniteNouns.Resolve(text, result, title));
    }

    /// <summary>
    /// A country or organisation named inside a title ("U.S. President ...", "..., the Kremlin's spokesman,")
    /// qualifies the office, it does not act: those mentions give way to one of the title phrase for its holder.
    /// </summary>
    private static List<ActorMention> Modifiers(string text, IReadOnlyList<ActorMention> mentions, IReadOnlyList<FoundRole> roles)
    {
        var phrases = roles.Where(r => r.PhraseStart >= 0).ToList();
        if (phrases.Count == 0)
        {
            return [.. mentions];
        }

        var result = mentions.Where(m => m.Kind == ActorKind.Person || !phrases.Any(r => r.PhraseStart <= m.Start && m.End <= r.PhraseEnd)).ToList();
        foreach (var role in phrases)
        {
            if (!result.Any(m => m.Start < role.PhraseEnd && role.PhraseStart < m.End) && result.FirstOrDefault(m => m.ActorId == role.ActorId) is { } holder)
            {
                result.Add(holder with { Start = role.PhraseStart, End = role.PhraseEnd, Text = text[role.PhraseStart..role.PhraseEnd] });
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>First and last words capitalised, those between capitalised or name particles ("Bill de Blasio").</summary>
    private static bool IsFullName(string[] words) =>
        char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0]) && words.All(w => char.IsUpper(w[0]) || Particles.ContainsKey(w.ToLowerInvariant()));

    /// <summary>The person mentions of more than one word that read as a full name, with their words.</summary>
    private static IEnumerable<(ActorMention Mention, string[] Words)> FullNames(IEnumerable<ActorMention> mentions) =>
        mentions.Where(m => m.Kind == ActorKind.Person).Select(m => (Mention: m, Words: m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(n => n.Words.Length > 1 && IsFullName(n.Words));

    /// <summary>
    /// The folded surnames a full name is met by again: its last word, its words from a particle on ("de blasio"), and
    /// the first of two surnames ("Garza" of "Humberto Garza Leal", as Spanish and Portuguese news shorten them).
    /// </summary>
    internal static List<string> SurnamesOf(string[] words)
    {
        var surnames = new List<string> { SearchKey.Fold(words[^1]) };
        var particle = Array.FindIndex(words, 1, w => Particles.ContainsKey(w.ToLowerInvariant()));
        if (particle > 0)
        {
            surnames.Add(SearchKey.Fold(string.Join(' ', words[particle..])));
        }
        else if (words.Length == 3 && words[1].Length >= 3 && char.IsUpper(words[1][0]) && !words[1].Contains('.', StringComparison.Ordinal))
        {
            surnames.Add(SearchKey.Fold(words[1]));
        }

        return surnames;
    }

    private static List<ActorMention> BySurname(string text, IReadOnlyList<ActorMention> mentions, IReadOnlyList<(int Start, int End)> taken)
    {
        // Surname (folded) → the full-name mention that gives it; the first full name wins. Full names are gathered
        // first, so that a headline's surname ("De Blasio says ...") finds the name the text gives below it.
        var full = new Dictionary<string, ActorMention>(StringComparer.Ordinal);
        var names = FullNames(mentions).Select(n => (n.Mention, Folded: SearchKey.Fold(n.Mention.Text), Surnames: SurnamesOf(n.Words))).ToList();
        foreach (var (name, folded, surnames) in names)
        {
            // "De Blasio" looks like a full name itself, but is the surname of "Bill de Blasio".
            if (!names.Exists(other => other.Mention.ActorId != name.ActorId && other.Surnames.Contains(folded)))
            {
                foreach (var surname in surnames)
                {
                    full.TryAdd(surname, name);
                }
            }
        }

        // A surname before its full name links only from the headline, and not when the body uses it alone before
        // that name too: it is then someone else ("President Obama" before "Michelle Obama").
        var headlineEnd = text.IndexOf('\n') is var newline and >= 0 ? newline : text.Length;
        var result = new List<ActorMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            var surname = !mention.IsKnown && full.Count > 0 && mention.Text.AsSpan().Count(' ') <= 2 ? SearchKey.Fold(mention.Text) : null;
            result.Add(surname is not null && full.TryGetValue(surname, out var named) && named.ActorId != mention.ActorId
                && (named.Start < mention.Start || (mention.End <= headlineEnd && !mentions.Any(o => o.Start > headlineEnd && o.Start < named.Start && SearchKey.Fold(o.Text) == surname)))
                ? mention with { ActorId = named.ActorId, Kind = named.Kind, IsKnown = named.IsKnown }
                : mention);
        }

        // The tagger misses some bare surnames; the people of one text are few, so look each surname up directly.
        foreach (var (_, named) in full)
        {
            var surname = named.Text[(named.Text.LastIndexOf(' ') + 1)..];
            for (var at = text.IndexOf(surname, named.End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
            {
                var end = at + surname.Length;
                if (IsWordEdge(text, at - 1) && IsWordEdge(text, end) && !result.Any(m => m.Start < end && at < m.End) && !taken.Any(t => t.Start < end && at < t.End))
                {
                    result.Add(new ActorMention(at, end, named.ActorId, surname, named.Kind, named.IsKnown));
                }
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>
    /// "Juan Miguel's comments" after "Juan Miguel Gonzalez": a person named by the first words of exactly one longer
    /// name given earlier in the text is that person (news calls children, and people with two surnames, by their
    /// forenames). A forename two earlier names share names neither.
    /// </summary>
    private static List<ActorMention> ByForenames(List<ActorMention> mentions) =>
        ByLeadingWords(
            mentions,
            FullNames(mentions).DistinctBy(n => n.Mention.ActorId, StringComparer.Ordinal).ToList(),
            m => m.Kind == ActorKind.Person,
            (words, name) => words.Select(SearchKey.Fold).SequenceEqual(name.Take(words.Length).Select(SearchKey.Fold), StringComparer.Ordinal));

    /// <summary>
    /// "the OAU" after "the Organization of African Unity": an organisation named by capitals that are the initials of
    /// the capitalised words of one other organisation the text names is that organisation.
    /// </summary>
    private static List<ActorMention> ByAcronym(string text, List<ActorMention> mentions)
    {
        var initials = mentions.Where(m => m.Kind == ActorKind.Organization && m.Text.Contains(' ', StringComparison.Ordinal))
            .Select(m => (Initials: Initials(m.Text), m.ActorId, m.Kind, m.IsKnown))
            .Where(m => m.Initials.Length >= 2)
            .DistinctBy(m => m.ActorId, StringComparer.Ordinal)
            .GroupBy(m => m.Initials, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // "the Port Workers Alliance (HWA)": the capitals a text sets in parentheses right after a name are that
        // name's short form, whether or not they are its initials (it may abbreviate the name in another language).
        foreach (var m in mentions.Where(m => m.Kind == ActorKind.Organization && m.Text.Contains(' ', StringComparison.Ordinal)))
        {
            if (ParenthesisedAcronym(text, m.End) is { } acronym && !initials.ContainsKey(acronym))
            {
                initials[acronym] = (acronym, m.ActorId, m.Kind, m.IsKnown);
            }
            // "the Harbour Workers Union of South Africa (HWUSA)", a name the tagger ended at "Union": capitals that
            // begin with the name's initials and go on with those of the "of ..." words after it.
            else if (OfTail(text, m.End) is var (tailEnd, tailInitials) && ParenthesisedAcronym(text, tailEnd) is { } longer
                && longer == Initials(m.Text) + tailInitials && !initials.ContainsKey(longer))
            {
                initials[longer] = (longer, m.ActorId, m.Kind, m.IsKnown);
            }
        }

        if (initials.Count == 0)
        {
            return mentions;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!m.IsKnown && m.Kind != ActorKind.Person && IsAcronym(m.Text)
                && initials.TryGetValue(m.Text, out var full) && full.ActorId != m.ActorId)
            {
                mentions[i] = m with { ActorId = full.ActorId, Kind = full.Kind, IsKnown = full.IsKnown };
            }
        }

        return mentions;
    }

    /// <summary>
    /// Names the tagger read as people's that are organisations' (every mention of the id becomes one): "Servicios de
    /// Agua de Valdecañas (SAV)", a foreign name of capitalised words joined by "de", since nobody sets a person's
    /// initials in parentheses after the name; "Video game developer Lumenfall Interactive", since no person's name ends
    /// in a company's word.
    /// </summary>
    private static List<ActorMention> Organisations(string text, List<ActorMention> mentions)
    {
        var organisations = mentions.Where(m => m.Kind == ActorKind.Person && !m.IsKnown
                && ((m.Text.Count(c => c == ' ') >= 2 && ParenthesisedAcronym(text, m.End) is { } acronym && acronym == Initials(m.Text))
                    || (m.Text.Contains(' ', StringComparison.Ordinal) && IsCompanyWord(m.Text[(m.Text.LastIndexOf(' ') + 1)..]))))
            .Select(m => m.ActorId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count && organisations.Count > 0; i++)
        {
            if (organisations.Contains(mentions[i].ActorId))
            {
                mentions[i] = mentions[i] with { Kind = ActorKind.Organization };
            }
        }

        return mentions;
    }

    /// <summary>A word that may end a company's full name (company-words.txt), compared without a final period or comma.</summary>
    internal static bool IsCompanyWord(string word) => CompanyWords.ContainsKey(word.TrimEnd('.', ','));

    /// <summary>
    /// "Reed said" after "Reed International PLC": an organisation (or a lone word read as a person) named by the
    /// first words of exactly one company named earlier, whose other words only say it is a company
    /// (company-words.txt: "International", "PLC", "Inc.", "Logistics"), is that company.
    /// </summary>
    private static List<ActorMention> ByCompanyName(List<ActorMention> mentions) =>
        ByLeadingWords(
            mentions,
            mentions.Where(m => m.Kind == ActorKind.Organization && m.Text.Contains(' ', StringComparison.Ordinal))
                .Select(m => (Mention: m, Words: m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                .DistinctBy(c => c.Mention.ActorId, StringComparer.Ordinal)
                .ToList(),
            // The name tagger often reads a company's lone first word as a surname ("Halvard said" after "Halvard
            // Shipping"); one that no person of the text holds as surname is still unlinked here, and is the company.
            m => m.Kind != ActorKind.Person || !m.Text.Contains(' ', StringComparison.Ordinal),
            (words, name) => words.SequenceEqual(name.Take(words.Length), StringComparer.OrdinalIgnoreCase)
                && name.Skip(words.Length).All(IsCompanyWord));

    /// <summary>
    /// "Brenner's works council" after "Brenner Motion AG": a lone name that is the first word of exactly one
    /// organisation named before is that organisation, unless a person of the text has it as a surname or it names a
    /// country ("Kenya" is not the "Kenya Bankers Association").
    /// </summary>
    private static List<ActorMention> ByFirstWord(List<ActorMention> mentions)
    {
        var surnames = mentions.Where(m => m.Kind == ActorKind.Person && m.Text.Contains(' ', StringComparison.Ordinal))
            .Select(m => m.Text[(m.Text.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return ByLeadingWords(
            mentions,
            mentions.Where(m => m.Kind == ActorKind.Organization && m.Text.Contains(' ', StringComparison.Ordinal))
                .Select(m => (Mention: m, Words: m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                .DistinctBy(c => c.Mention.ActorId, StringComparer.Ordinal)
                .ToList(),
            m => !m.Text.Contains(' ', StringComparison.Ordinal) && m.Kind is ActorKind.Organization or ActorKind.Person && !surnames.Contains(m.Text.TrimEnd('\'', '’', 's'))
                && Countries.Named(SearchKey.Fold(StripPossessive(m.Text))) is null,
            (words, name) => words.Length == 1 && string.Equals(StripPossessive(words[0]), name[0], StringComparison.OrdinalIgnoreCase));
    }

    internal static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    /// <summary>
    /// "Union president Rodrigo Araya" after "Cerro Blanco Workers' Union No. 1", "the Treasury" after "the National
    /// Treasury": a lone common noun the tagger took for an organisation is the one organisation named before with
    /// that word in its name.
    /// </summary>
    private static List<ActorMention> ByHeadNoun(List<ActorMention> mentions) =>
        ByLeadingWords(
            mentions,
            mentions.Where(m => m.Kind == ActorKind.Organization && m.Text.Contains(' ', StringComparison.Ordinal))
                .Select(m => (Mention: m, Words: m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                .DistinctBy(c => c.Mention.ActorId, StringComparer.Ordinal)
                .ToList(),
            m => m.Kind == ActorKind.Organization && !m.Text.Contains(' ', StringComparison.Ordinal),
            (words, name) => words.Length == 1 && Claims.Tagging.WordClasses.CanBeNoun(words[0].ToLowerInvariant())
                && name.Any(w => string.Equals(w.TrimEnd('.', ','), words[0], StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// Each unlisted mention <paramref name="takes"/> accepts whose words begin exactly one longer name named earlier
    /// (of <paramref name="names"/>, as <paramref name="begins"/> compares them) is that name's actor.
    /// </summary>
    private static List<ActorMention> ByLeadingWords(
        List<ActorMention> mentions, List<(ActorMention Mention, string[] Words)> names, Func<ActorMention, bool> takes, Func<string[], string[], bool> begins)
    {
        if (names.Count == 0)
        {
            return mentions;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.IsKnown || !takes(m) || m.ActorId != ActorIds.FromName(SearchKey.Fold(m.Text)))
            {
                continue;
            }

            var words = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var longer = names.Where(n => n.Words.Length > words.Length && n.Mention.Start < m.Start && n.Mention.ActorId != m.ActorId && begins(words, n.Words)).ToList();
            // "Brenner Motion" in a headline and "Brenner Motion AG" in the story are one name written short and long.
            var longest = longer.Count == 0 ? default : longer.MaxBy(l => l.Words.Length);
            if (longer.Count == 1 || (longer.Count > 1 && longer.All(l => longest.Words.Take(l.Words.Length).SequenceEqual(l.Words, StringComparer.OrdinalIgnoreCase))))
            {
                var named = longest.Mention;
                mentions[i] = m with { ActorId = named.ActorId, Kind = named.Kind, IsKnown = named.IsKnown };
            }
        }

        return mentions;
    }

    /// <summary>Where " of South Africa" (capitalised words after "of") right after <paramref name="end"/> ends, and their initials.</summary>
    private static (int End, string Initials)? OfTail(string text, int end)
    {
        if (!text.AsSpan(end).StartsWith(" of ", StringComparison.Ordinal))
        {
            return null;
        }

        var at = end + 4;
        var letters = "";
        while (at < text.Length && char.IsUpper(text[at]))
        {
            letters += text[at];
            var next = at;
            while (next < text.Length && (char.IsLetter(text[next]) || text[next] is '-' or '\''))
            {
                next++;
            }

            end = next;
            at = next + 1;
            if (next >= text.Length || text[next] != ' ')
            {
                break;
            }
        }

        return letters.Length == 0 ? null : (end, letters);
    }

    /// <summary>The capitals of " (ABC)" right after <paramref name="end"/>, if that is what follows.</summary>
    private static string? ParenthesisedAcronym(string text, int end)
    {
        if (end + 4 > text.Length || text[end] != ' ' || text[end + 1] != '(')
        {
            return null;
        }

        var close = text.IndexOf(')', end + 2);
        return close > end + 2 && IsAcronym(text.AsSpan(end + 2, close - end - 2)) ? text[(end + 2)..close] : null;
    }

    /// <summary>Two to six capital letters and nothing else ("OAU", "HWA"): how a text writes an organisation's short form.</summary>
    internal static bool IsAcronym(ReadOnlySpan<char> text) => text.Length is >= 2 and <= 6 && text.IndexOfAnyExceptInRange('A', 'Z') < 0;

    /// <summary>The first letters of a name's capitalised words ("Alliance to Reclaim Our Schools" gives "AROS").</summary>
    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    private void ByTitle(string text, List<ActorMention> mentions, IReadOnlyList<FoundRole> roles, string? asOf)
    {
        foreach (Match match in TitlePhrase.Value.Matches(text))
        {
            int start = match.Index, end = match.Index + match.Length;
            // A country or organisation alias inside the phrase ("the Kremlin leader") is its modifier and gives
            // way when the phrase finds its person; anything else overlapping (a name) wins.
            var inside = mentions.Where(m => m.Start < end && start < m.End).ToList();
            if (inside.Any(m => m.Kind == ActorKind.Person || m.Start < start || m.End > end) || titles.Find(match.Groups["title"].Value) is not { } title)
            {
                continue;
            }

            string? of = null;
            if (match.Groups["modifier"].Success && (of = affiliations.Resolve(match.Groups["modifier"].Value)) is null)
            {
                continue;
            }

            // The latest person before the phrase who holds the office: news names someone, then refers back.
            // Failing that, the registry's current holder of a named country's office ("the Kremlin leader").
            var holder = mentions.Where(m => m.Kind == ActorKind.Person && m.End <= start).Reverse()
                .FirstOrDefault(m => Holds(m.ActorId, title, of, roles, asOf));
            if (holder is not null)
            {
                mentions.RemoveAll(inside.Contains);
                mentions.Add(new ActorMention(start, end, holder.ActorId, match.Value, holder.Kind, holder.IsKnown));
            }
            else if (of is not null && registry.FirstOrDefault(a => a.Kind == ActorKind.Person && a.Roles.Any(r => (asOf is null ? r.To is null : HeldOn(r, asOf)) && r.Of == of && titles.Matches(title, r.Title))) is { } current)
            {
                mentions.RemoveAll(inside.Contains);
                mentions.Add(new ActorMention(start, end, current.Id, match.Value, current.Kind, true));
            }
        }
    }

    private bool Holds(string actorId, string title, string? of, IReadOnlyList<FoundRole> roles, string? asOf)
    {
        var held = roles.Where(r => r.ActorId == actorId).Select(r => (r.Title, r.Of));
        if (known.TryGetValue(actorId, out var actor))
        {
            held = held.Concat(actor.Roles.Where(r => asOf is null || HeldOn(r, asOf)).Select(r => (r.Title, r.Of)));
        }

        return held.Any(r => titles.Matches(title, r.Title) && (of is null || r.Of == of));
    }

    // ISO dates, whole or cut short ("2017"), compare as strings.
    private static bool HeldOn(ActorRole role, string isoDate) =>
        (role.From is null || string.CompareOrdinal(role.From, isoDate) <= 0) && (role.To is null || string.CompareOrdinal(isoDate, role.To) < 0);

    internal static bool IsWordEdge(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
