using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Reads offices off the words around a person's name: a pre-modifier ("Polish Prime Minister Alda Kest",
/// "Kremlin spokesperson ...") or an apposition ("Kest, the Polish prime minister," / "..., the Kremlin's
/// spokesman,"). Only the few words next to each person mention are looked at, so the cost follows the
/// number of names, not the length of the text.
/// </summary>
public sealed partial class RoleFinder
{
    private const int MaxModifierWords = 3;
    private static readonly Lazy<HashSet<string>> PastMarkers = new(() => EmbeddedData.DataLines("Actors.Resources.past-markers.txt").ToHashSet(StringComparer.OrdinalIgnoreCase));
    private readonly TitleLexicon titles = TitleLexicon.Default;
    private readonly AffiliationResolver affiliations;

    public RoleFinder(IReadOnlyList<Actor> registry) => affiliations = new AffiliationResolver(registry);

    public IReadOnlyList<FoundRole> Find(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<ActorMention> mentions)
    {
        var roles = new List<FoundRole>();
        var s = 0;
        foreach (var mention in mentions.Where(m => m.Kind == ActorKind.Person))
        {
            while (s < sentences.Count && sentences[s].End < mention.End)
            {
                s++;
            }

            if (s == sentences.Count)
            {
                break;
            }

            var sentence = sentences[s];
            var nameEnd = PostNominals.After(text, mention.End);
            var after = AfterParenthetical(text, nameEnd, sentence.End);
            var comma = CommaFollows(text, after, sentence.End);
            var before = BeforeName(text, sentence.Start, mention.Start, mentions) ?? FrontedApposition(text, sentence.Start, mention.Start, nameEnd, mentions);
            if (before is { Of: null } office && OwnerAfterName(text, nameEnd, sentence.End, mentions) is { } ownerAfter)
            {
                // "Detective Inspector Rachel Dunmore of Lakes District Police": the office before the name, its owner after.
                before = office with { Of = ownerAfter };
            }

            // The rest of the sentence after the name, cut once for the readings below that need it.
            string? rest = null;
            string Rest() => rest ??= text[after..sentence.End];
            var apposition = before is null && comma ? Apposition(Rest(), after, mentions) : null;
            apposition ??= before is null ? Copular(Rest(), after, mentions) : null;
            if ((before ?? apposition) is { } found)
            {
                roles.Add(new FoundRole(mention.ActorId, found.Title, found.Of, sentence.Start, sentence.End, found.Start, found.End));
            }

            if (before is null && comma && SecondOffice(Rest(), after, mentions) is { } second)
            {
                roles.Add(new FoundRole(mention.ActorId, second.Title, second.Of, sentence.Start, sentence.End));
            }

            if (before is null && apposition is null && WhoHeads(Rest(), after, mentions) is { } heads)
            {
                roles.Add(new FoundRole(mention.ActorId, heads.Title, heads.Of, sentence.Start, sentence.End));
            }
            else if (before is null && comma && WhoBecame(Rest(), after, mentions) is { } became && became.Title != apposition?.Title)
            {
                roles.Add(new FoundRole(mention.ActorId, became.Title, became.Of, sentence.Start, sentence.End));
            }

            // An office before the name leaves the apposition free to say more ("Del. Ann Roe (D), a corporate attorney").
            var described = (before ?? apposition) is null ? DescribedBefore(text, sentence.Start, mention.Start, mentions) ?? DescribedFronted(text, sentence.Start, mention.Start, nameEnd) : null;
            if ((described ?? (apposition is null && comma ? DescribedAfter(Rest(), after) : null)) is { } description)
            {
                roles.Add(new FoundRole(mention.ActorId, description.Title, description.Of, sentence.Start, sentence.End));
            }
        }

        return roles;
    }

    private (string Title, string? Of, int Start, int End)? BeforeName(string text, int sentenceStart, int nameStart, IReadOnlyList<ActorMention> mentions)
    {
        var words = WordsBefore(text, sentenceStart, nameStart, titles.MaxWords + MaxModifierWords);
        for (var n = Math.Min(titles.MaxWords, words.Count); n >= 1; n--)
        {
            if (titles.Find(string.Join(' ', words.Skip(words.Count - n).Select(w => w.Text))) is { } title)
            {
                var before = words.Take(words.Count - n).ToList();
                var (of, used) = Modifier(before.Select(w => w.Text).ToList());
                var start = used > 0 ? before[^used].Start : words[^n].Start;

                // "NATO Secretary-General ...": an organisation the registry lacks still owns the office when the
                // text names it right before the title. Its mention stays outside the phrase: it may be its only one.
                if (of is null && before.Count > 0 && OrganisationEndingAt(mentions, words[^n].Start, text) is { } owner && owner.Start >= before[0].Start)
                {
                    (of, used) = (owner.ActorId, before.Count(w => w.Start >= owner.Start));
                }

                if (of is null && before.Count > 0 && titles.NeedsOwner(title) && (char.IsUpper(before[^1].Text[0]) || IsModifier(before[^1].Text)))
                {
                    return null;
                }

                // "former Norwegian Prime Minister ...": an office once held is not a role from the publication date.
                if (before.Count > used && IsPast(before[^(used + 1)].Text))
                {
                    return null;
                }

                return (title, of, start, words[^1].Start + words[^1].Text.Length);
            }
        }

        return null;
    }

    /// <summary>The organisation named by "of (the) ..." right after a name, as in "Inspector Ana Roe of Lakes Police".</summary>
    private static string? OwnerAfterName(string text, int nameEnd, int sentenceEnd, IReadOnlyList<ActorMention> mentions)
    {
        var match = OfAfterName().Match(text, nameEnd, Math.Min(sentenceEnd, nameEnd + 8) - nameEnd);
        if (!match.Success)
        {
            return null;
        }

        var at = match.Index + match.Length;
        return mentions.FirstOrDefault(m => m.Start == at && m.Kind == ActorKind.Organization)?.ActorId;
    }

    /// <summary>An organisation or country mention that ends right before <paramref name="at"/>, past white space only.</summary>
    private static ActorMention? OrganisationEndingAt(IReadOnlyList<ActorMention> mentions, int at, string text)
    {
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return mentions.FirstOrDefault(m => m.End == end && m.Kind is ActorKind.Organization or ActorKind.Country);
    }

    /// <summary>
    /// Where the comma before a name set between commas is ("..., Bren Torvik, said"); -1 when the name is not so set.
    /// </summary>
    private static int CommaBeforeName(string text, int sentenceStart, int nameStart, int nameEnd)
    {
        var comma = nameStart;
        while (comma > sentenceStart && char.IsWhiteSpace(text[comma - 1]))
        {
            comma--;
        }

        // "the agency's director, Dr. Ana Roe,": a personal title between the comma and the name is the name's.
        if (comma > sentenceStart && text[comma - 1] == '.' && WordBefore.Find(text, comma - 1, sentenceStart) is var (titleStart, titleEnd)
            && titleEnd > titleStart && Abbreviations.Classify(text.AsSpan(titleStart, titleEnd - titleStart)) == AbbreviationClass.Title)
        {
            comma = titleStart;
            while (comma > sentenceStart && char.IsWhiteSpace(text[comma - 1]))
            {
                comma--;
            }
        }

        // "according to the agency's director, Ana Roe.": the sentence's end closes the pair as a comma would, and so
        // does the name's affiliation ("Whitlock's lawyer, Priya Raman of the Northern Justice Project, said").
        return comma == sentenceStart || text[comma - 1] != ',' || nameEnd >= text.Length
            || (text[nameEnd] is not (',' or '.' or ';') && !AffiliationAfterName().IsMatch(text.AsSpan(nameEnd, Math.Min(80, text.Length - nameEnd))))
            ? -1
            : comma - 1;
    }

    // " of the Northern Justice Project,": "of", "at" or "from" and a capitalised name of up to six words, then the comma.
    [GeneratedRegex(@"^ (?:of|at|from) (?:the )?[A-Z][\w'&.-]*(?: (?:of|for|and|the|[A-Z][\w'&.-]*)){0,6}[,;]", RegexOptions.CultureInvariant)]
    private static partial Regex AffiliationAfterName();

    /// <summary>"The Swedish foreign minister, Bren Torvik, said": the apposition comes first, between commas.</summary>
    private (string Title, string? Of, int Start, int End)? FrontedApposition(string text, int sentenceStart, int nameStart, int nameEnd, IReadOnlyList<ActorMention> mentions)
    {
        var comma = CommaBeforeName(text, sentenceStart, nameStart, nameEnd);
        if (comma < 0)
        {
            return null;
        }

        var words = WordsBefore(text, sentenceStart, comma, titles.MaxWords + MaxModifierWords + 1);
        var article = words.FindLastIndex(w => w.Text is "the" or "The" or "its" or "Its");
        if (article < 0)
        {
            return null;
        }

        // "Its chair, Ana Roe,": the office of the organisation named last, about a sentence before (as for owner nouns).
        string? its = null;
        if (words[article].Text is "its" or "Its")
        {
            its = mentions.LastOrDefault(m => m.End <= words[article].Start && m.End >= words[article].Start - OwnerNouns.NearbyChars && m.Kind == ActorKind.Organization)?.ActorId;
            if (its is null)
            {
                return null;
            }
        }

        var phrase = words.Skip(article + 1).Select(w => w.Text).ToList();

        // "The mayor of Warrigal Shire, Ana Roe,": the office first, its owner after.
        if (OwnerPattern().Match(string.Join(' ', phrase)) is { Success: true } owned && titles.Find(owned.Groups["title"].Value) is { } ownedTitle)
        {
            var ownerStart = words[article].Start;
            var of = affiliations.Resolve(owned.Groups["owner"].Value)
                ?? mentions.FirstOrDefault(m => m.Start >= ownerStart && m.End <= comma && m.Kind is ActorKind.Organization or ActorKind.Country)?.ActorId;
            // An owner that is no actor (a town the tagger called a place) stays in the title as written.
            return (of is null ? string.Join(' ', phrase) : ownedTitle, of, ownerStart, comma);
        }

        for (var n = Math.Min(titles.MaxWords, phrase.Count); n >= 1; n--)
        {
            if (titles.Find(string.Join(' ', phrase.Skip(phrase.Count - n))) is not { } title)
            {
                continue;
            }

            var rest = phrase.Take(phrase.Count - n).ToList();
            var (of, used) = Modifier(rest);
            if (used == rest.Count)
            {
                return (title, of ?? its, words[article].Start, comma);
            }

            // "the board's vice-president, Ana Roe,": a common noun's possessive stays in the title, for OwnerNouns to
            // resolve to the organisation named before ("board" after "the Central Bank"), with the modifiers between.
            return rest.Count > 0 && IsNounPossessive(rest[0]) && rest.Skip(1).All(IsFrontedModifier) && !rest.Any(IsPast)
                ? (string.Join(' ', phrase), null, words[article + 1].Start, comma)
                : null;
        }

        return null;
    }

    private (string Title, string? Of, int Start, int End)? Apposition(string after, int offset, IReadOnlyList<ActorMention> mentions) =>
        AppositionPattern().Match(after) is { Success: true } match ? Office(match, offset, mentions) : null;

    /// <summary>
    /// "Otieno Achola, 45, is chairman of the DDUK.", "Ana Roe, who is the union's treasurer,": an office the sentence
    /// gives with a present-tense copula, read as an apposition is ("was" tells a past office, and is left alone).
    /// </summary>
    private (string Title, string? Of, int Start, int End)? Copular(string after, int offset, IReadOnlyList<ActorMention> mentions) =>
        CopularPattern().Match(after) is { Success: true } match ? Office(match, offset, mentions) : null;

    /// <summary>"the 63-year-old chairman of ...": an office after the name, from a match of <see cref="AppositionPattern"/> or <see cref="CopularPattern"/>.</summary>
    private (string Title, string? Of, int Start, int End)? Office(Match match, int offset, IReadOnlyList<ActorMention> mentions)
    {
        // "Ana Roe, president of the Harbour League,": with no article only an office with its owner is an apposition.
        var bare = !match.Groups["article"].Success;

        // "the 63-year-old chairman of ...": the age is the person's, not part of the office.
        var phrase = AgeModifier().Replace(match.Groups["phrase"].Value.Trim().TrimEnd('.'), "");

        // The phrase mention starts at the article: "the Kremlin's spokesman" refers to the person.
        var group = match.Groups["phrase"];
        var start = offset + (bare ? group.Index : match.Groups["article"].Index);
        var end = offset + group.Index + group.Value.TrimEnd().TrimEnd('.').Length;

        // "spokesman for the Kremlin", "president of Norway": the office first, its owner after.
        var owner = OwnerPattern().Match(phrase);
        if (owner.Success && titles.Find(owner.Groups["title"].Value) is { } ownedTitle)
        {
            // An owner the registry lacks is the organisation or country the text names there ("the Harbour League").
            var of = affiliations.Resolve(owner.Groups["owner"].Value)
                ?? mentions.FirstOrDefault(m => m.Start >= start && m.End <= end && m.Kind is ActorKind.Organization or ActorKind.Country)?.ActorId;
            return (of is null && bare ? phrase : ownedTitle, of, start, end);
        }

        if (bare)
        {
            return null;
        }

        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var n = Math.Min(titles.MaxWords, words.Count); n >= 1; n--)
        {
            if (titles.Find(string.Join(' ', words.Skip(words.Count - n))) is not { } title)
            {
                continue;
            }

            var rest = words.Take(words.Count - n).ToList();
            if (rest.Any(IsPast))
            {
                return null;
            }

            var (of, _) = Modifier(rest);
            // Words before the title that name no owner ("the long-serving ...") make it too loose to trust.
            return rest.Count == 0 || of is not null ? (title, of, start, end) : null;
        }

        return null;
    }

    /// <summary>
    /// "Klara Roe, the deputy prime minister and leader of the Green Party,": a second office joined by "and" to the
    /// first, with its own owner or none.
    /// </summary>
    private (string Title, string? Of)? SecondOffice(string after, int offset, IReadOnlyList<ActorMention> mentions)
    {
        var match = AppositionPattern().Match(after);
        var phrase = match.Groups["phrase"];
        var and = phrase.Value.IndexOf(" and ", StringComparison.Ordinal);
        if (!match.Success || and < 0)
        {
            return null;
        }

        var second = phrase.Value[(and + 5)..].Trim().TrimEnd('.');
        var (start, end) = (offset + phrase.Index + and + 5, offset + phrase.Index + phrase.Length);
        if (OwnerPattern().Match(second) is { Success: true } owner && titles.Find(owner.Groups["title"].Value) is { } ownedTitle)
        {
            var of = affiliations.Resolve(owner.Groups["owner"].Value)
                ?? mentions.FirstOrDefault(m => m.Start >= start && m.End <= end && m.Kind is ActorKind.Organization or ActorKind.Country)?.ActorId;
            return (of is null ? second : ownedTitle, of);
        }

        return titles.Find(second) is { } title ? (title, null) : null;
    }

    /// <summary>The owner named by the last words before a title (the longest run that resolves) and how many words it took.</summary>
    private (string? Of, int Words) Modifier(List<string> words)
    {
        for (var m = Math.Min(MaxModifierWords, words.Count); m >= 1; m--)
        {
            if (affiliations.Resolve(string.Join(' ', words.Skip(words.Count - m))) is { } of)
            {
                return (of, m);
            }
        }

        return (null, 0);
    }

    /// <summary>
    /// Whether the first character after <paramref name="from"/> that is not white space is a comma, as an
    /// apposition needs: most names have none, and are spared a copy of the rest of their sentence.
    /// </summary>
    private static bool CommaFollows(string text, int from, int end)
    {
        var rest = text.AsSpan(from, end - from).TrimStart();
        return rest.Length > 0 && rest[0] == ',';
    }

    /// <summary>
    /// Where an apposition may start after a name: past a short parenthesis ("McClellan (D-Richmond), a lawyer") or
    /// an age ("Manuel Gonzalez, 59, a bus mechanic").
    /// </summary>
    private static int AfterParenthetical(string text, int nameEnd, int sentenceEnd)
    {
        var i = nameEnd;
        while (i < sentenceEnd && text[i] == ' ')
        {
            i++;
        }

        if (i + 4 < sentenceEnd && text[i] == ',' && AgeBetweenCommas().Match(text, i, Math.Min(sentenceEnd, i + 8) - i) is { Success: true } age)
        {
            return i + age.Length - 1;
        }

        if (i >= sentenceEnd || text[i] != '(')
        {
            return nameEnd;
        }

        var close = text.IndexOf(')', i, Math.Min(sentenceEnd, i + 40) - i);
        return close < 0 ? nameEnd : close + 1;
    }

    private static bool IsPast(string word) => PastMarkers.Value.Contains(word) || PastMarkers.Value.Contains(word.Split('-')[0] + "-");

    /// <summary>Up to <paramref name="max"/> whitespace-separated words right before a name, stopping at punctuation that ends a phrase.</summary>
    private static List<(string Text, int Start)> WordsBefore(string text, int start, int end, int max)
    {
        var words = new List<(string Text, int Start)>(max);
        var i = end;
        while (words.Count < max)
        {
            while (i > start && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            var wordEnd = i;
            while (i > start && !char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            if (i == wordEnd)
            {
                break;
            }

            var word = text[i..wordEnd];
            if (word[^1] is ',' or ';' or ':' or '"' or '“' or '”' or ')' or '(')
            {
                break;
            }

            words.Insert(0, (word, i));
        }

        return words;
    }

    [GeneratedRegex(@"^\s*,\s+(?:(?<article>the|an?)\s+)?(?<phrase>[^,;:()""“”]{2,80})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppositionPattern();

    [GeneratedRegex(@"^\s*,?\s+(?:who\s+)?(?:is|serves\s+as|remains)\s+(?:(?<article>the|an?)\s+)?(?<phrase>[^,;:()""“”]{2,80})", RegexOptions.CultureInvariant)]
    private static partial Regex CopularPattern();

    [GeneratedRegex(@"^\d{1,3}-year-old\s+")]
    private static partial Regex AgeModifier();

    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?")]
    private static partial Regex OfAfterName();

    [GeneratedRegex(@"^,\s?\d{1,3},")]
    private static partial Regex AgeBetweenCommas();

    [GeneratedRegex(@"^(?<title>.+?)\s+(?:of|for|to|at)\s+(?:the\s+)?(?<owner>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerPattern();
}
