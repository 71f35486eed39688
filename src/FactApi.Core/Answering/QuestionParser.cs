using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Dates;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Answering;

/// <summary>Reads a question into its kind, actors, date and content words.</summary>
internal sealed partial class QuestionParser
{
    private static readonly FrozenSet<string> Stopwords = LoadStopwords();
    private static readonly FrozenSet<string> SayVerbs = EmbeddedData.DataLines("Answering.Resources.say-verbs.txt")
        .Concat(EmbeddedData.DataLines("Answering.Resources.reporting-verbs.txt")).ToFrozenSet(StringComparer.Ordinal);
    // "How much money ...": a word for money asks an amount, like "how much" before a verb, and need not be in the fact.
    private static readonly FrozenSet<string> AmountWords = EmbeddedData.DataLines("Answering.Resources.amount-units.txt").Select(SearchKey.Fold).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> NumberNouns = EmbeddedData.DataLines("Answering.Resources.number-nouns.txt").ToFrozenSet(StringComparer.Ordinal);
    // "What was the net loss?", "How much damage ...?": money, which an amount answers, not a count in the same sentence.
    [GeneratedRegex(@"\b(?:1[89]|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenYear();

    private static readonly FrozenSet<string> MeasureSuperlatives = EmbeddedData.DataLines("Answering.Resources.measure-superlatives.txt").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> AnnounceVerbs = EmbeddedData.DataLines("Answering.Resources.announce-verbs.txt").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> ChangeWords = EmbeddedData.DataLines("Answering.Resources.change-words.txt").ToFrozenSet(StringComparer.Ordinal);
    internal static readonly FrozenSet<string> MoneyNouns = EmbeddedData.DataLines("Answering.Resources.money-nouns.txt").ToFrozenSet(StringComparer.Ordinal);

    // "each day" is a rate, not each side of a dispute.
    private static readonly FrozenSet<string> TimeUnits = EmbeddedData.DataLines("Answering.Resources.duration-units.txt").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> GenericSayVerbs = EmbeddedData.DataLines("Answering.Resources.say-verbs.txt").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> PastWords = FrozenSet.Create(StringComparer.Ordinal, "did", "was", "were", "had");

    // Words that ask of what is still to come, not merely of the present: "When will ...", "their next strike".
    private static readonly FrozenSet<string> UpcomingWords = FrozenSet.Create(StringComparer.Ordinal, "will", "next", "upcoming", "planning", "planned", "scheduled", "due");

    private static readonly FrozenSet<string> LeaderVerbs = FrozenSet.Create(StringComparer.Ordinal, "runs", "leads", "heads", "chairs", "manages", "ran", "led", "headed");

    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.Ordinal, "in", "at", "on", "from", "to", "for", "by", "since", "until");

    private static readonly FrozenSet<string> MoneyVerbs = EmbeddedData.DataLines("Answering.Resources.money-verbs.txt").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> SpeechNouns = EmbeddedData.DataLines("Answering.Resources.speech-nouns.txt").ToFrozenSet(StringComparer.Ordinal);

    private readonly ActorLinker linker;
    private readonly AffiliationResolver affiliations;
    private readonly FuzzyNames fuzzy;
    private readonly FrozenSet<string> cueStems;
    private readonly HashSet<string> nameWords;
    private readonly Dictionary<string, string?> surnames;
    private readonly Dictionary<string, string[]> sharedSurnames;
    private readonly HashSet<string> singleNames;

    // Organisations' names of two words or more, folded, by first word: "the norwegian ski federation's board".
    private readonly Dictionary<string, List<(string Id, string[] Words)>> longNames;

    public QuestionParser(IReadOnlyList<Actor> actors)
        : this(actors, [])
    {
    }

    /// <summary>With the cue words of the stored claims ("pledged", "dismissed"), so "What did X pledge?" asks for a quote.</summary>
    public QuestionParser(IReadOnlyList<Actor> actors, IEnumerable<string> cues)
    {
        cueStems = cues.SelectMany(c => SearchKey.Fold(c).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 2 && !Stopwords.Contains(w)).Select(Keyword.StemOf).ToFrozenSet(StringComparer.Ordinal);
        linker = new ActorLinker(WithShortCompanyNames(actors));
        affiliations = new AffiliationResolver(actors);
        // Only proper names: descriptive aliases ("the British prime minister") would make "Minister" a person.
        var names = actors.SelectMany(a => a.Names.Where(n => n.Length > 0 && char.IsUpper(n[0])).Select(n => (a.Id, SearchKey.Fold(n)))).ToList();
        fuzzy = new FuzzyNames(names);
        nameWords = names.SelectMany(n => n.Item2.Split(' ')).ToHashSet(StringComparer.Ordinal);

        // A person is asked about by surname ("What did Figueroa say?"); one surname shared by two people names neither.
        surnames = Surnames.Of(actors);
        sharedSurnames = Surnames.Shared(actors);
        singleNames = actors.Where(a => a.Kind == ActorKind.Person && !a.Name.Contains(' ', StringComparison.Ordinal)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        described = PossessedRoles.Of(actors);
        longNames = actors.Where(a => a.Kind is ActorKind.Organization or ActorKind.Group)
            .SelectMany(a => a.Names.Where(n => n.Length > 0 && char.IsUpper(n[0])).Select(n => (a.Id, Words: SearchKey.Fold(n).Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            .Where(n => n.Words.Length >= 2 && n.Words.Count(w => !Stopwords.Contains(w)) >= 2)
            .GroupBy(n => n.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Words.Length).ToList(), StringComparer.Ordinal);
    }

    /// <summary>
    /// "When did the norwegian ski federation's board vote?": an organisation's name of two words or more written in
    /// lower case, word for word, names it as its capitalised form does (the linker matches names as written).
    /// </summary>
    private void LowerCaseNames(List<(int Index, int End, string Text, string Folded)> tokens, List<(int Start, int End)> covered, List<(int At, string Id)> named)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Inside(covered, tokens[i].Index) || !longNames.TryGetValue(tokens[i].Folded, out var candidates))
            {
                continue;
            }

            foreach (var (id, words) in candidates)
            {
                if (i + words.Length <= tokens.Count && Enumerable.Range(1, words.Length - 1).All(k => !Inside(covered, tokens[i + k].Index) && Strip(tokens[i + k].Folded) == words[k]))
                {
                    covered.Add((tokens[i].Index, tokens[i + words.Length - 1].End));
                    named.Add((tokens[i].Index, id));
                    i += words.Length - 1;
                    break;
                }
            }
        }
    }

    private readonly Dictionary<(string Owner, string Head), string?> described;

    /// <summary>
    /// "Whitlock's lawyer", "the CPost chief executive": the one the stories describe so is who the question asks about,
    /// not Whitlock or CPost; with where the office's words end. <paramref name="id"/> is the actor the name was matched to.
    /// </summary>
    private (string Holder, int End)? Described(string question, int nameEnd, string name, string? id = null)
    {
        var owner = SearchKey.Fold(name.Split(' ')[^1]);
        foreach (var (head, end) in PossessedRoles.Heads(question, nameEnd))
        {
            if ((described.GetValueOrDefault((owner, head)) ?? (id is null ? null : described.GetValueOrDefault(("@" + id, head)))) is { } holder)
            {
                return (holder, end);
            }
        }

        return null;
    }

    private static readonly IReadOnlyDictionary<string, string> CompanyWords = Extraction.Lexicon.Load("Actors.Resources.company-words.txt");

    /// <summary>
    /// "Brenner Motion" for "Brenner Motion AG": an organisation is asked about without the company words that end its
    /// name (company-words.txt, as coreference reads them in articles), when no other stored name is that short one.
    /// </summary>
    private static IReadOnlyList<Actor> WithShortCompanyNames(IReadOnlyList<Actor> actors)
    {
        var taken = actors.SelectMany(a => a.Names).Select(SearchKey.Fold).ToHashSet(StringComparer.Ordinal);
        return actors.Select(a =>
        {
            if (a.Kind != ActorKind.Organization)
            {
                return a;
            }

            var words = a.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var keep = words.Length;
            while (keep > 1 && CompanyWords.ContainsKey(words[keep - 1].TrimEnd('.', ',').ToLowerInvariant()))
            {
                keep--;
            }

            var shorter = string.Join(' ', words.Take(keep));
            return keep == words.Length || keep < 2 || !taken.Add(SearchKey.Fold(shorter)) ? a : a with { Aliases = [.. a.Aliases, shorter] };
        }).ToList();
    }

    private string[] SurnameHolders(string folded) =>
        sharedSurnames.TryGetValue(folded, out var ids) ? ids : surnames.TryGetValue(folded, out var id) && id is not null ? [id] : [];

    /// <summary>Readings beyond this many (three shared surnames in one question) are not tried.</summary>
    private const int MaxReadings = 8;

    public ParsedQuestion Parse(string question, DateOnly asOf)
    {
        // "According to the assessment, how many homes were lost?" asks what "how many homes were lost according to
        // the assessment?" does: the question word must open it for its kind to be read.
        if (LeadingSource().Match(question) is { Success: true } lead)
        {
            question = $"{lead.Groups["rest"].Value.TrimEnd('?', ' ')} according to {lead.Groups["source"].Value}?";
        }

        // "GreenCanopy says how many households live there?" asks the same of the speaker named first.
        if (SpeakerFirst().Match(question) is { Success: true } speaker)
        {
            question = $"{speaker.Groups["rest"].Value.TrimEnd('?', ' ')} according to {speaker.Groups["source"].Value}?";
        }

        // "About how many children ...?" asks what "how many children ...?" does: the hedge is the asker's.
        if (LeadingHedge().Match(question) is { Success: true } hedge)
        {
            question = question[hedge.Length..];
        }

        // "Karachi's" is "karachi": folding alone would join the possessive's s to the name.
        var tokens = WordPattern().Matches(question).Select(m => (m.Index, End: m.Index + m.Length, Text: m.Value, Folded: SearchKey.Fold(Strip(m.Value)))).ToList();
        var folded = tokens.Select(t => t.Folded).ToList();
        var kind = KindOf(folded, out var asksRole, out var kindWords);

        var covered = new List<(int Start, int End)>();
        // Actors in the order the question names them: the first is the one a quote or number is asked of.
        var named = new List<(int At, string Id)>();
        var shared = new List<(int At, string[] Ids)>();
        // Actors named by one word only ("Lyon" as the surname of a name the tagger got wrong): the question may mean
        // the word itself, which the answerer tries when the actor reading finds nothing.
        var loose = new List<(string Id, string Word)>();
        foreach (var mention in linker.Find(question, []).Where(m => m.IsKnown))
        {
            covered.Add((mention.Start, mention.End));
            if (Described(question, mention.End, mention.Text, mention.ActorId) is var (holder, officeEnd))
            {
                // The office's words say who is asked about; they are no keywords of what is asked.
                covered.Add((mention.End, officeEnd));
                named.Add((mention.Start, holder));
                continue;
            }

            // A person stored under a surname alone ("Clinton", from an article that gave no first name) may be any
            // stored person of that surname as well.
            if (mention.Kind == ActorKind.Person && singleNames.Contains(mention.ActorId) && SurnameHolders(SearchKey.Fold(mention.Text)) is { Length: > 0 } holders)
            {
                shared.Add((mention.Start, [mention.ActorId, .. holders]));
                continue;
            }

            named.Add((mention.Start, mention.ActorId));
            if (mention.Kind != ActorKind.Country && !mention.Text.Contains(' ', StringComparison.Ordinal))
            {
                loose.Add((mention.ActorId, SearchKey.Fold(mention.Text)));
            }
        }

        LowerCaseNames(tokens, covered, named);

        // A demonym alone ("the Russian delegation") stands for its country; the linker takes one only before a
        // group noun. The linker also misses misspelt names: a capitalised word that fuzzily matches one word of
        // a known name counts, unless it is that word exactly ("European" of "European Union"), which the linker
        // would have taken had it been a name on its own.
        for (var i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!char.IsUpper(t.Text[0]) || t.Folded.Length < 4 || Inside(covered, t.Index) || Stopwords.Contains(t.Folded))
            {
                continue;
            }

            // "South Korean": a demonym of two words names its country; its second word alone would fuzzily match another.
            if (i + 1 < tokens.Count && char.IsUpper(tokens[i + 1].Text[0]) && affiliations.Country($"{t.Folded} {Strip(tokens[i + 1].Folded)}") is { } pair)
            {
                covered.Add((t.Index, tokens[i + 1].End));
                named.Add((t.Index, pair.Id));
                i++;
                continue;
            }

            if (affiliations.Country(Strip(t.Folded)) is { } country)
            {
                covered.Add((t.Index, t.End));
                named.Add((t.Index, country.Id));

                continue;
            }

            if (surnames.TryGetValue(Strip(t.Folded), out var person))
            {
                covered.Add((t.Index, t.End));
                if (Described(question, t.Index + Strip(t.Text).Length, Strip(t.Text)) is var (holder, officeEnd))
                {
                    covered.Add((t.End, officeEnd));
                    named.Add((t.Index, holder));
                }
                else if (person is not null)
                {
                    named.Add((t.Index, person));
                    loose.Add((person, Strip(t.Folded)));
                }
                else if (sharedSurnames.TryGetValue(Strip(t.Folded), out var sharing))
                {
                    shared.Add((t.Index, sharing));
                }

                continue;
            }

            if (nameWords.Contains(Strip(t.Folded)))
            {
                continue;
            }

            if (fuzzy.Find(t.Folded) is { } id)
            {
                covered.Add((t.Index, t.End));
                if (Described(question, t.Index + Strip(t.Text).Length, Strip(t.Text), id) is var (holder, officeEnd))
                {
                    covered.Add((t.End, officeEnd));
                    named.Add((t.Index, holder));
                    continue;
                }

                named.Add((t.Index, id));
                loose.Add((id, Strip(t.Folded)));
            }
        }

        // "Judge Quiroga", "Mayor Haskins": an office written before a name is part of how the question names them, not
        // something the fact asked of must say.
        foreach (var (at, _) in named)
        {
            var before = tokens.FindLastIndex(t => t.End <= at);
            if (before >= 0 && char.IsUpper(tokens[before].Text[0]) && TitleLexicon.Default.Find(tokens[before].Folded) is not null)
            {
                covered.Add((tokens[before].Index, tokens[before].End));
            }
        }

        var actorIds = named.OrderBy(n => n.At).Select(n => n.Id).Distinct(StringComparer.Ordinal).ToList();

        // "... according to the SKSC?": the actor named after "according to" is who must have said it, not one the
        // claim may merely mention; it comes first, as the one the number or quote is asked of.
        var according = tokens.FindIndex(t => t.Folded == "according");
        var source = according >= 0 && according + 1 < tokens.Count && tokens[according + 1].Folded == "to"
            ? named.Where(n => n.At > tokens[according].Index).OrderBy(n => n.At).Select(n => n.Id).FirstOrDefault()
            : null;
        // "How many Kyrgyz dead does Tajikistan claim?": a country named inside what is counted is not who counts it;
        // the actor named after the auxiliary is, and with a verb of saying after it, it is the one who must have said it.
        var aux = kind == QuestionKind.HowMany && source is null ? tokens.FindIndex(2, t => Auxiliaries.Contains(t.Folded)) : -1;
        var subject = aux >= 0 && named.Any(n => n.At < tokens[aux].Index)
            ? named.Where(n => n.At > tokens[aux].Index).OrderBy(n => n.At).Select(n => n.Id).FirstOrDefault()
            : null;
        if (subject is not null && tokens.Skip(aux + 1).Any(t => SayVerbs.Contains(t.Folded)))
        {
            source = subject;
        }

        if ((source ?? subject) is { } first)
        {
            actorIds.Remove(first);
            actorIds.Insert(0, first);
        }

        var readings = Readings(named, shared);
        TemporalValue? date = null;
        var dates = new List<(int Start, int End)>();
        foreach (var time in TemporalTagger.Default.Tag(question, asOf))
        {
            // "the final Saturday letter round", "the last Sunday edition": a weekday before a noun says which round, not
            // when; its words stay keywords.
            if (WeekdayModifier().IsMatch(question.AsSpan(time.Start, time.End - time.Start)) && NounFollows(question, time.End))
            {
                continue;
            }

            // Only calendar dates limit the answer; "how many days" is a duration and its noun is the thing counted.
            if (TemporalValue.TryParse(time.Value, out var parsed))
            {
                // Only events are limited by date; a count or a quote "in August" is found by the date's words in its
                // sentence, so a month's name or a year stays a word (not a required one: the article may say "last month").
                if (kind is QuestionKind.When or QuestionKind.Where)
                {
                    covered.Add((time.Start, time.End));
                }
                else
                {
                    dates.Add((time.Start, time.End));
                }

                date ??= parsed;
            }
        }

        var keywords = new List<string>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        string? actVerb = null;

        // "How many displaced people ...", "How many shell companies ...": what is counted is the last noun of the
        // words after "how many", not the first of them, which only narrows it ("how much" counts its next word).
        var countedAt = 2;
        while (kind == QuestionKind.HowMany && folded.Count > countedAt + 1 && folded[1] == "many" && !Stopwords.Contains(folded[countedAt + 1])
            && !SayVerbs.Contains(folded[countedAt + 1]) && !folded[countedAt + 1].EndsWith("ed", StringComparison.Ordinal)
            && Extraction.Claims.Tagging.WordClasses.CanBeNoun(folded[countedAt + 1]) && countedAt < 4)
        {
            countedAt++;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];

            // Folding splits where the facts' index splits ("EB-5" is "eb" and "5"), so each part is a keyword of its own.
            foreach (var part in t.Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = Strip(part);
                // "Who denied that ...?", "Who warned ...?": a reporting verb other than plain saying is what the
                // speaker did, so the claim's cue must be it, as for any act verb.
                var askedCue = kind == QuestionKind.Who && !asksRole && i == kindWords && folded[0] is "who" && !GenericSayVerbs.Contains(word);
                if (i < kindWords || word.Length < 2 || Stopwords.Contains(word) || (SayVerbs.Contains(word) && !askedCue) || Inside(covered, t.Index)
                    || (i is 2 or 3 && folded[1] == "much" && AmountWords.Contains(word)) || (!char.IsUpper(t.Text[0]) && !char.IsDigit(t.Text[0]) && Inside(dates, t.Index)))
                {
                    continue;
                }

                keywords.Add(word);
                // A name the question gives that is not a known actor ("Brazil", "Lyon") must be in the fact, and so
                // must the thing "how many" counts, and what a number noun is of ("the unemployment rate"): a fact
                // without them answers a different question.
                if ((i > 0 && char.IsUpper(t.Text[0]) && !Inside(dates, t.Index)) || (kind == QuestionKind.HowMany && i == countedAt && folded[1] is "many" or "much" && !(folded[1] == "much" && AmountWords.Contains(word)))
                    || (kind == QuestionKind.HowMany && folded[0] == "what" && i + 1 < tokens.Count && NumberNouns.Contains(folded[i + 1])))
                {
                    required.Add(word);
                }

                // The verb of "who did it" ("Who dismissed the offers?") must be the claim's cue: a claim that only
                // mentions someone inviting Flowers does not say who invited her.
                if (kind == QuestionKind.Who && !asksRole && i == kindWords && folded[0] is "who")
                {
                    actVerb ??= word;
                }
            }
        }

        var future = !folded.Any(PastWords.Contains);
        var eachSide = Contains(folded, "each", "side") || Contains(folded, "both", "sides") || Contains(folded, "either", "side")
            // "for each culled bird", "per each ticket" is a rate, not each side.
            || Enumerable.Range(0, folded.Count).Any(i => folded[i] == "each" && (i + 1 == folded.Count || !TimeUnits.Contains(folded[i + 1]))
                && (i == 0 || folded[i - 1] is not ("for" or "per")));
        var fit = kind != QuestionKind.HowMany || folded.Count < 2 ? NumberFit.Any
            : folded[0] == "what" && folded[1] is "number" or "quantity" ? NumberFit.Any
            : folded[0] == "what" ? (folded[1] is "share" or "percentage" or "proportion" or "fraction" or "percent" ? NumberFit.Amount
                : folded.Any(MoneyNouns.Contains) ? (folded.Any(ChangeWords.Contains) ? NumberFit.Amount : NumberFit.Money) : NumberFit.Any)
            : folded[1] == "long" ? NumberFit.Duration
            : folded[0] == "how" && folded[1] is "large" or "big" or "far" or "wide" or "deep" or "high" or "tall" or "heavy" ? NumberFit.Size
            : folded[1] == "much" && folded.Count > 2 && (MoneyNouns.Contains(folded[2])
                || (folded.Count > 3 && !Stopwords.Contains(folded[2]) && !Auxiliaries.Contains(folded[2]) && MoneyNouns.Contains(folded[3]))) ? NumberFit.Money
            : folded[1] == "much" && (folded.Count < 3 || Stopwords.Contains(folded[2]) || AmountWords.Contains(folded[2])) ? NumberFit.Amount
            : NumberFit.Any;
        // The verb asked of: a reporting verb, or any cue the stored claims use ("What did X deny?" when claims say "denied").
        var verb = kind == QuestionKind.Quote
            ? folded.Skip(kindWords).FirstOrDefault(w => !GenericSayVerbs.Contains(w) && (SayVerbs.Contains(w) || cueStems.Contains(Keyword.StemOf(w))))
            : null;
        // "Who runs Nordvik?", "Who leads the party?", "Who is in charge of the agency?": the holder of its top office.
        // "Who is the boss of Carvenian Post?" asks the same: a generic word for a leader is no office of its own.
        // The body must be what is led, right after the phrase: "Who chairs the committee in Carvenia?" does not ask who
        // leads Carvenia.
        var bodyAt = named.Count == 0 ? -1 : tokens.FindIndex(t => t.End > named.Min(n => n.At));
        int After(int at) => at < folded.Count && folded[at] == "the" ? at + 1 : at;
        var of = folded.IndexOf("of");
        var asksLeader = kind == QuestionKind.Who && actorIds.Count == 1
            && ((folded.Count > 1 && LeaderVerbs.Contains(folded[1]) && bodyAt == After(2))
                || (folded.Count > 4 && folded[1] is "is" or "s" && folded[2] == "in" && folded[3] == "charge" && folded[4] == "of" && bodyAt == After(5))
                || (keywords.Count == 1 && keywords[0] is "boss" or "leader" or "head" && folded.Count > 3 && folded[1] is "is" or "s" && of > 0 && bodyAt == After(of + 1)));
        if (asksLeader)
        {
            keywords.RemoveAll(k => LeaderVerbs.Contains(k) || k is "charge" or "boss" or "leader" or "head");
            actVerb = null;
        }

        var (countVerb, countVerbReported) = kind == QuestionKind.HowMany && folded.Count > 2 && folded[0] == "how" && folded[1] is "many" or "much"
            ? CountVerb(question, tokens, countedAt, dates, keywords)
            : (null, false);
        return new ParsedQuestion(kind, actorIds, date, keywords, required, future, eachSide, asksRole, fit, readings, verb is null ? null : Keyword.StemOf(verb), actVerb,
            kind == QuestionKind.HowMany && folded.Count > countedAt && folded[1] == "many" ? Strip(folded[countedAt])
            : kind == QuestionKind.HowMany && folded.Count > 3 && folded[0] == "what" && folded[1] is "quantity" or "amount" or "number" && folded[2] == "of" ? Strip(folded[3])
            : null,
            kind == QuestionKind.Quote && named.Count + shared.Count > 0 && !NamesTheSpeaker(tokens, named.Select(n => n.At).Concat(shared.Select(n => n.At)).Min()),
            asksLeader,
            source is not null,
            loose.Where(l => actorIds.Contains(l.Id)).ToList(),
            source is null && according >= 0 && according + 1 < tokens.Count && tokens[according + 1].Folded == "to" ? SourceWords(tokens, according + 2, covered)
            : kind == QuestionKind.Quote && actorIds.Count == 0 ? SpeakerPhrase(tokens, covered)
            : null,
            future && folded.Any(UpcomingWords.Contains),
            kind == QuestionKind.When && folded.Any(w => w is "start" or "started" or "begin" or "began" or "begun"),
            countVerb,
            countVerbReported,
            kind == QuestionKind.When && folded.Count > 2 && folded[1] is "did" or "was" or "were" or "has" or "have" or "had" && folded.Skip(2).Any(AnnounceVerbs.Contains),
            date is not null && WrittenYear().IsMatch(question));
    }

    /// <summary>
    /// The verb of a "how many/much" question: after an auxiliary, the last word before a preposition, a comma or the
    /// end ("How much rose oil did Bulgaria export last year?", "How many cows have died from the ash?"); null when
    /// there is no auxiliary or that word is no keyword. Reported when someone is said to say the count.
    /// </summary>
    private static (string? Verb, bool Reported) CountVerb(string question, List<(int Index, int End, string Text, string Folded)> tokens, int countedAt, List<(int Start, int End)> dates, List<string> keywords)
    {
        // "How much did Lotus spend ...?" names nothing counted: the auxiliary is where the counted noun would be. Not a
        // form of "be" there: "How much was the deal worth?", "How much is X paying?" ask the amount, whatever the verb.
        var aux = -1;
        for (var i = Math.Max(countedAt, 2); i < tokens.Count && aux < 0; i++)
        {
            aux = (Auxiliaries.Contains(tokens[i].Folded) && !(i == countedAt && tokens[i].Folded is "is" or "was" or "are" or "were")) || tokens[i].Folded == "been" ? i : -1;
        }

        // Without an auxiliary the verb may be one of a phrase ("took part in") that facts word otherwise ("enrolled").
        string? verb = null;
        for (var i = aux + 1; aux >= 0 && i < tokens.Count && !Inside(dates, tokens[i].Index) && !VerbEnds.Contains(tokens[i].Folded); i++)
        {
            // "How many cases were reported nationwide?": an adverb after the verb is not it.
            var adverb = tokens[i].Folded.EndsWith("ly", StringComparison.Ordinal) || tokens[i].Folded.EndsWith("wide", StringComparison.Ordinal);
            verb = Auxiliaries.Contains(tokens[i].Folded) || tokens[i].Folded is "been" or "not" || (adverb && verb is not null) ? verb : Strip(tokens[i].Folded);
            if (tokens[i].End < question.Length && question[tokens[i].End] == ',')
            {
                break;
            }
        }

        // "How many tests does his manager say the runner passed?", "How many birds have been culled according to the
        // farmers?": what someone says is worded their own way.
        var reported = aux >= 0 && tokens.Skip(aux + 1).Any(t => SayVerbs.Contains(t.Folded) || t.Folded == "according");
        return verb is not null && keywords.Contains(verb) ? (verb, reported) : (null, false);
    }

    private static readonly FrozenSet<string> VerbEnds = FrozenSet.Create(StringComparer.Ordinal,
        "in", "on", "at", "from", "for", "over", "by", "to", "during", "since", "after", "before", "according", "with", "of", "into", "across", "per", "because", "as");

    /// <summary>
    /// "What did the Andes Pacifica spokesman deny?": the words between the auxiliary and the verb of saying name the
    /// speaker, when no actor does.
    /// </summary>
    private List<string>? SpeakerPhrase(List<(int Index, int End, string Text, string Folded)> tokens, List<(int Start, int End)> covered)
    {
        if (tokens.Count < 4 || tokens[0].Folded != "what" || !Auxiliaries.Contains(tokens[1].Folded))
        {
            return null;
        }

        var say = tokens.FindIndex(2, t => SayVerbs.Contains(t.Folded) || cueStems.Contains(Keyword.StemOf(t.Folded)));
        var words = tokens.Take(say < 0 ? 0 : say).Skip(2).Select(t => Strip(t.Folded)).Where(w => !Stopwords.Contains(w)).ToList();
        return say > 2 && !tokens.Skip(2).Take(say - 2).Any(t => Inside(covered, t.Index)) && words.Count > 0 ? words : null;
    }

    /// <summary>
    /// "according to the organisers": the words that name a source no actor stands for, up to a comma, a preposition
    /// or the end, without stopwords and without what an actor or date covers.
    /// </summary>
    private static List<string>? SourceWords(List<(int Index, int End, string Text, string Folded)> tokens, int from, List<(int Start, int End)> covered)
    {
        var words = new List<string>();
        for (var i = from; i < tokens.Count && tokens[i - 1].End == tokens[i].Index - 1 && !(i > from && Prepositions.Contains(tokens[i].Folded)); i++)
        {
            var word = Strip(tokens[i].Folded);
            if (!Stopwords.Contains(word) && !SayVerbs.Contains(word) && !Inside(covered, tokens[i].Index))
            {
                words.Add(word);
            }
        }

        return words.Count > 0 ? words : null;
    }

    /// <summary>
    /// Whether the first actor a quote question names, at <paramref name="at"/>, is who spoke: named before the verb
    /// of saying, and not as the kin of someone else ("Kopp's stepmother", the same kin-nouns.txt the claims read).
    /// </summary>
    private static bool NamesTheSpeaker(List<(int Index, int End, string Text, string Folded)> tokens, int at)
    {
        var say = tokens.FindIndex(t => SayVerbs.Contains(t.Folded));
        if (say >= 0 && tokens[say].Index < at)
        {
            return false;
        }

        for (var i = tokens.FindIndex(t => t.End > at); i >= 0 && i + 1 < tokens.Count && (say < 0 || i < say); i++)
        {
            var text = tokens[i].Text;
            if (text.Length > 2 && text[^1] is 's' && text[^2] is '\'' or '\u2019')
            {
                return !Extraction.Claims.KinNouns.Contains(tokens[i + 1].Folded);
            }
        }

        return true;
    }

    /// <summary>Each way of taking one person for every shared surname, with the actors named outright, in question order.</summary>
    private static List<IReadOnlyList<string>> Readings(List<(int At, string Id)> named, List<(int At, string[] Ids)> shared)
    {
        if (shared.Count == 0)
        {
            return [];
        }

        List<List<(int At, string Id)>> readings = [named];
        foreach (var (at, ids) in shared)
        {
            readings = readings.SelectMany(r => ids.Select(id => (List<(int At, string Id)>)[.. r, (at, id)])).Take(MaxReadings).ToList();
        }

        return readings.Select(r => (IReadOnlyList<string>)r.OrderBy(n => n.At).Select(n => n.Id).Distinct(StringComparer.Ordinal).ToList()).ToList();
    }

    // kindWords: how many opening words say only what kind of answer is wanted ("in which city"), not about what.
    private QuestionKind KindOf(List<string> w, out bool asksRole, out int kindWords)
    {
        asksRole = false;
        // "In which city...", "Since when..." ask what "which city", "when" ask.
        var skip = w.Count > 1 && Prepositions.Contains(w[0]) ? 1 : 0;
        kindWords = skip + 1;
        // "What's X's job?" is "what is": the contraction folds to one word, "whats".
        var contracted = skip < w.Count && w[skip] is "whats";
        string Word(int i) => i + skip < w.Count ? w[i + skip] : "";
        string At(int i) => !contracted ? Word(i) : i == 0 ? "what" : i == 1 ? "is" : Word(i - 1);
        switch (At(0))
        {
            case "what" or "which" when At(1) is "date" or "day" or "year" or "month" or "time":
                // "On what date did ...?", "What day is the summit?": a date, as "when" asks.
                kindWords++;
                return QuestionKind.When;
            case "what" when At(1) is "is" or "was" or "are" or "were" && w.Skip(skip + 2).Any(NumberNouns.Contains) && !w.Any(x => SayVerbs.Contains(x)):
                // "What was the unemployment rate?" asks a number; its noun is a word of the fact.
                return QuestionKind.HowMany;
            case "what" when At(1) is "is" or "was" or "are" or "were" && At(2) == "the" && MeasureSuperlatives.Contains(At(3)):
                // "What was the strongest gust recorded?": a measure, which a number answers; the superlative is how the
                // question asks, not a word the text must hold.
                kindWords += 3;
                return QuestionKind.HowMany;
            case "what" when At(1) is { } noun && SpeechNouns.Contains(noun):
                kindWords++;
                return QuestionKind.Quote;
            case "what" when w.Any(MoneyVerbs.Contains) && !w.Any(x => SayVerbs.Contains(x)):
                return QuestionKind.HowMany;
            case "what" when NumberNounBeforeVerb(w, skip + 1):
                // "What savings figure did the council give?", "What compensation is the airline offering?": a number.
                return QuestionKind.HowMany;
            case "what" when At(1) is "quantity" or "amount" or "number" && At(2) == "of":
                // "What quantity of petals is needed ...?" asks "how much".
                kindWords++;
                return QuestionKind.HowMany;
            case "what" when At(1) is "share" or "percentage" or "proportion" or "fraction" or "percent":
                // "What share of the vote ...?" asks a number, as "how much" does.
                kindWords++;
                return QuestionKind.HowMany;
            case "how" when At(1) is "old":
                kindWords++;
                return QuestionKind.Age;
            case "how" when At(1) is "many" or "much" or "often" or "long" or "big" or "large" or "far" or "high" or "tall" or "deep" or "wide" or "heavy" or "fast" or "effective" or "well" or "widely" or "frequently" or "full" or "hot" or "expensive" or "costly":
                // "How big was the verdict?", "How far behind the house?", "How full is the reservoir?": a measure, which a number answers.
                kindWords++;
                return QuestionKind.HowMany;
            case "when":
                return QuestionKind.When;
            case "where":
                return QuestionKind.Where;
            case "which" when At(1) is "city" or "place" or "country" or "venue":
                kindWords++;
                return QuestionKind.Where;
            case "what" when w.Any(x => SayVerbs.Contains(x) || cueStems.Contains(Keyword.StemOf(x))):
                return QuestionKind.Quote;
            case "what" when w.Any(x => x is "position" or "role" or "title" or "job"):
                return QuestionKind.Describe;
            case "who" or "who's" when At(1) is "is" or "are" or "was" or "s" || At(0) == "who's":
                asksRole = true;
                return QuestionKind.Who;
            case "which" when !AsksActor(w, skip + 1):
                // "Which banned substance was found?", "Which film won?": a thing, not who.
                return QuestionKind.Unknown;
            case "who" or "which":
                return QuestionKind.Who;
            default:
                return QuestionKind.Unknown;
        }
    }

    private static readonly FrozenSet<string> WhichActorNouns = EmbeddedData.DataLines("Answering.Resources.which-actor-nouns.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether one of the three words after "which" names a person or an actor's kind ("which judge", "which side").</summary>
    private static bool AsksActor(List<string> words, int from)
    {
        foreach (var word in words.Skip(from).Take(3))
        {
            var noun = Strip(word);
            var singular = noun.Length > 3 && noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y"
                : noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? noun[..^1] : noun;
            if (WhichActorNouns.Contains(singular) || Extraction.Actors.RoleFinder.IsPersonHead(singular))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(StringComparer.Ordinal, "did", "does", "do", "is", "was", "are", "were", "will", "has", "have", "had", "would", "could");

    /// <summary>Whether one of the (up to four) words from <paramref name="from"/> on, before an auxiliary, is a number noun.</summary>
    private static bool NumberNounBeforeVerb(List<string> words, int from)
    {
        for (var i = from; i < words.Count && i < from + 4; i++)
        {
            if (Auxiliaries.Contains(words[i]))
            {
                return i > from && words.Skip(from).Take(i - from).Any(NumberNouns.Contains);
            }
        }

        return false;
    }

    private static bool Contains(List<string> words, string first, string second)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == first && words[i + 1] == second)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Inside(List<(int Start, int End)> spans, int index) => spans.Any(s => index >= s.Start && index < s.End);

    // "Kremlin's" folds to "kremlin's"; the possessive is not part of the word.
    internal static string Strip(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;

    private static FrozenSet<string> LoadStopwords()
    {
        using var stream = typeof(QuestionParser).Assembly.GetManifestResourceStream("FactApi.Core.Answering.Resources.stopwords.txt")
            ?? throw new InvalidOperationException("The question stopword list is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\s*(?:about|roughly|approximately|around|nearly|exactly|precisely)\s+(?=(?:how|what|which)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingHedge();

    [GeneratedRegex(@"^\s*according\s+to\s+(?<source>[^,?]{2,80}),\s*(?<rest>(?:(?:in|at|on|from|to|for|by|since|until)\s+)?(?:how|what|who|when|where|which)\b.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingSource();

    [GeneratedRegex(@"^\s*(?!(?:how|what|who|when|where|which|why|does|do|did|is|are)\b)(?<source>[^,?]{2,60}?)\s+(?:says|said|claims|claimed|estimates|estimated|reports|reported|believes|thinks)\s+(?<rest>(?:how|what|who|when|where|which)\b.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerFirst();

    /// <summary>Whether a lower-case word that may be a noun, and is no stopword of a question, follows <paramref name="end"/>.</summary>
    private static bool NounFollows(string question, int end)
    {
        var at = end;
        while (at < question.Length && question[at] == ' ')
        {
            at++;
        }

        var stop = at;
        while (stop < question.Length && char.IsLetter(question[stop]))
        {
            stop++;
        }

        var word = question[at..stop];
        return word.Length > 2 && char.IsLower(word[0]) && !Stopwords.Contains(word) && Extraction.Claims.Tagging.WordClasses.CanBeNoun(word);
    }

    [GeneratedRegex(@"^(?:(?:last|final|first|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayModifier();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'\u2019.\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
