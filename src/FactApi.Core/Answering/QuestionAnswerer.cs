using System.Collections.Frozen;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Answering;

/// <summary>
/// Answers a question from stored facts only. Every answer cites the sentence it came from; when no fact matches
/// well enough (see <see cref="MinScore"/>) the question is declined with a reason instead of guessed. Built once
/// per dataset version: the constructor indexes the facts, so a question visits only the facts holding its words
/// or made by the actors it names.
/// </summary>
public sealed partial class QuestionAnswerer
{
    /// <summary>
    /// The least share of a question's content words a fact must contain. Measured on the question set in
    /// tests (docs/answering.md): 0.5 keeps every declined question declined while answering the answerable ones.
    /// </summary>
    public const double MinScore = 0.5;

    // A claim by a member of the named actor (the Kremlin spokesman for "the Kremlin") counts, a little less.
    private const double MemberWeight = 0.9;

    // A claim that only mentions the named actor (Kyiv's count of "Russian forces" breaches) counts less again.
    private const double MentionWeight = 0.8;

    // The most the tie-breaks (tense, the sentence saying it) add: facts below the threshold by more never rise.
    private const double Bonus = 0.15;

    private const double SentenceOnly = 0.5;
    private const double OwnSentence = 0.75;
    private const double RecalledWeight = 0.8;

    /// <summary>An event of a story about the country asked of, done by one of its bodies rather than the country by name.</summary>
    private const double StoryCountryWeight = 0.9;

    /// <summary>A person described only by age and apposition: below an office, which says more.</summary>
    private const double PersonScore = 0.8;

    /// <summary>A count whose claim says nothing of what happened to the things asked of ("died", "failed").</summary>
    private const double UnsaidCountVerbWeight = 0.8;

    // A claim made with the verb the question asks of ("What did X warn?") is preferred to the speaker's others.
    private const double VerbBonus = 0.05;

    // A claim whose number counts what "how many" asks about; as small as the verb's, it only breaks near ties.
    private const double CountedBonus = 0.05;

    // A speaker named by words ("the Czech finance minister") is matched less surely than an actor, so the verb asked of
    // ("deny") weighs more among the claims the words find: his denial, not his other remark in the next sentence.
    private const double NamedByWordsVerbBonus = 0.2;

    private static readonly string? MeetingGroup = Synonyms.Group("meet");
    private static readonly FrozenSet<string> AmountUnits = EmbeddedData.DataLines("Answering.Resources.amount-units.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> DurationUnits = EmbeddedData.DataLines("Answering.Resources.duration-units.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly QuestionParser parser;
    private readonly FrozenDictionary<string, Actor> actors;
    private readonly FrozenDictionary<string, FrozenSet<string>> members;
    private readonly FrozenDictionary<string, string[][]> nameWords;
    private readonly FrozenDictionary<string, string> forenames;
    private readonly FrozenDictionary<(string Source, string Forename), string?> forenameIn;

    private readonly Event[] events;
    private readonly WordIndex eventText;
    private readonly WordIndex eventWhat;
    private readonly WordIndex eventSentence;
    private readonly WordIndex eventContext;
    private readonly double[] sentenceWeight;
    private readonly FrozenDictionary<string, int[]> eventsByActor;
    private readonly HashSet<(string Source, string Actor)> storyCountries;

    private readonly Claim[] claims;
    private readonly WordIndex claimText;
    private readonly WordIndex claimTitle;
    private readonly WordIndex roleContext;
    private readonly WordIndex claimFound;
    private readonly WordIndex claimSaid;
    private readonly WordIndex claimOwn;
    private readonly WordIndex claimCue;
    private readonly FrozenDictionary<string, int[]> claimsBySpeaker;
    private readonly WordIndex claimSpeaker;
    // Who said it, in every word the text and the article's offices give the speaker: "according to the organisers".
    private readonly WordIndex claimSource;

    private readonly Dispute[] disputes;
    private readonly WordIndex disputeText;
    private readonly FrozenDictionary<string, int> numberDisputes;

    private readonly (Actor Holder, ActorRole Role)[] roles;
    private readonly WordIndex roleText;
    private readonly FrozenDictionary<string, int[]> rolesByHolder;

    private readonly double minScore;
    private readonly FrozenDictionary<string, FrozenSet<string>> sourceActors;

    public QuestionAnswerer(FactSnapshot facts)
        : this(facts, MinScore)
    {
    }

    /// <summary>With another threshold: for measuring precision and recall as it moves.</summary>
    internal QuestionAnswerer(FactSnapshot facts, double minScore)
    {
        ArgumentNullException.ThrowIfNull(facts);
        facts = SamePeople.Merge(facts);
        this.minScore = minScore;
        parser = new QuestionParser(facts.Actors, facts.Claims.Select(c => c.Cue).Distinct(StringComparer.Ordinal));
        actors = facts.Actors.DistinctBy(a => a.Id, StringComparer.Ordinal).ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        members = actors.Values.SelectMany(a => a.Roles.Select(r => r.Of).OfType<string>().Select(of => (Of: of, Member: a.Id)))
            .GroupBy(m => m.Of, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(m => m.Member).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

        // A country is mentioned by its demonym too: "Russian forces" mention Russia.
        var affiliations = new AffiliationResolver(facts.Actors);
        var demonyms = AffiliationResolver.DemonymWords.Select(d => (Word: SearchKey.Fold(d), Country: affiliations.Country(d)))
            .Where(d => d.Country is not null).ToLookup(d => d.Country!.Id, d => new[] { d.Word }, StringComparer.Ordinal);
        // A person is mentioned by surname too ("Marchetti had ignored ..."), unless another person shares it.
        var surnames = Surnames.Of(actors.Values).Where(s => s.Value is not null).ToLookup(s => s.Value!, s => new[] { s.Key }, StringComparer.Ordinal);
        nameWords = actors.Values.ToFrozenDictionary(
            a => a.Id,
            a => a.Names.Select(n => SearchKey.Fold(n).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Concat(demonyms[a.Id])
                .Concat(surnames[a.Id]).ToArray(),
            StringComparer.Ordinal);

        // Within one article a person is mentioned by forename too ("Elian" after "Elian Gonzalez"), unless another
        // person of that article shares it.
        forenames = actors.Values.Where(a => a.Kind == ActorKind.Person && a.Name.Contains(' ', StringComparison.Ordinal))
            .Select(a => (a.Id, Forename: SearchKey.Fold(a.Name.Split(' ')[0])))
            .Where(a => a.Forename.Length >= 3 && !a.Forename.EndsWith('.'))
            .ToFrozenDictionary(a => a.Id, a => a.Forename, StringComparer.Ordinal);
        forenameIn = facts.Claims.Where(c => c.Speaker.ActorId is not null).Select(c => (c.Evidence.SourceId, Actor: c.Speaker.ActorId!))
            .Concat(facts.Events.SelectMany(e => e.Actors.Select(a => (e.Evidence.SourceId, Actor: a))))
            .Concat(actors.Values.SelectMany(a => a.Roles.Where(r => r.Evidence is not null).Select(r => (r.Evidence!.SourceId, Actor: a.Id))))
            .Distinct()
            .Where(x => forenames.ContainsKey(x.Actor))
            .GroupBy(x => (x.SourceId, forenames[x.Actor]))
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Actor).Distinct(StringComparer.Ordinal).Count() == 1 ? g.First().Actor : null);

        // The same event read from two articles is one event.
        events = facts.Events.DistinctBy(e => (e.What, e.When?.Value)).ToArray();
        // The lead is the story's first sentence a fact was read from: with the headline, it says what the story is about.
        var leads = facts.Claims.Select(c => c.Evidence).Concat(events.Select(e => e.Evidence)).GroupBy(e => e.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MinBy(e => e.Start)!.Sentence, StringComparer.Ordinal);
        // The headline and lead say what the story is about, where an event's sentence may not ("the draft deal" of a
        // story headlined "... Lake Victoria fishing deal"), and the parties' full names say who takes part ("the
        // kayak federation's congress" is the one the International Kayak Racing Federation holds): their words
        // count half, since they may be about something else.
        eventText = new WordIndex(events.Select(e => new[] { e.What, e.Place, e.Evidence.Sentence, e.Evidence.Title, leads[e.Evidence.SourceId] }.Concat(e.Actors.Select(Name))).ToList());
        eventWhat = new WordIndex(events.Select(e => new[] { e.What, e.Place }).ToList());
        eventSentence = new WordIndex(events.Select(e => new[] { e.Evidence.Sentence }).ToList());
        eventContext = new WordIndex(events.Select(e => new[] { e.Evidence.Title, leads[e.Evidence.SourceId] }.Concat(e.Actors.Select(Name))).ToList());
        // A sentence that tells of one event only is about it ("A Dutch court ruled on Thursday that the freeze was
        // unlawful"): its words count more than those of a sentence that dates one event by another ("weeks after
        // the invasion began").
        var perSentence = events.CountBy(e => (e.Evidence.SourceId, e.Evidence.Start)).ToDictionary();
        sentenceWeight = [.. events.Select(e => perSentence[(e.Evidence.SourceId, e.Evidence.Start)] == 1 ? OwnSentence : SentenceOnly)];
        // An event held in a place that is an actor's name (Kyiv) involves that actor.
        var byName = actors.Values.SelectMany(a => a.Names.Select(n => (Name: n, a.Id))).ToLookup(n => n.Name, n => n.Id, StringComparer.OrdinalIgnoreCase);
        // An event a member takes part in involves the body they hold office in: the governor's meeting is the bank's.
        var memberOf = members.SelectMany(m => m.Value.Select(member => (Member: member, Of: m.Key))).ToLookup(m => m.Member, m => m.Of, StringComparer.Ordinal);
        eventsByActor = Group(events.Select((e, i) => (e, i)).SelectMany(x => x.e.Actors.Concat(x.e.Actors.SelectMany(a => memberOf[a]))
            .Concat(x.e.Place is null ? [] : byName[x.e.Place]).Select(a => (a, x.i))));

        claims = [.. facts.Claims];
        // "When did Norway close the bridge?" of a story about Norway where the Norwegian roads agency shut it.
        storyCountries = events.SelectMany(e => e.Actors.Select(a => (e.Evidence.SourceId, a)))
            .Concat(claims.SelectMany(c => (c.Mentioned ?? []).Append(c.Speaker.ActorId).OfType<string>().Select(a => (c.Evidence.SourceId, a))))
            .Where(p => actors.TryGetValue(p.Item2, out var actor) && actor.Kind == ActorKind.Country)
            .ToHashSet();
        // Who said it, as the question may name them instead ("according to the county commissioner", "the agency"):
        // the speaker's name and the offices the same article gives them.
        claimText = new WordIndex(claims.Select(c => new[] { c.Cue, c.Content, c.Topic, c.Evidence.Sentence }.Concat(c.Numbers.Select(n => n.Unit)).Concat(SpeakerWords(c))).ToList());
        // The headline and the lead say what the story is about ("the Kasenga copper mine"), where a claim's sentence
        // may not ("the union said the real number of trapped workers was at least 26"): a word only they hold finds
        // the claim and counts half.
        // The article's own asides ("Nadira is the strongest storm since Cyclone Idai in 2019, which killed more than 600
        // people") are background, not what the story is about: they take no words from its headline or lead.
        claimTitle = new WordIndex(claims.Select(c => IsNarrated(c) ? [] : new[] { c.Evidence.Title, leads[c.Evidence.SourceId] }).ToList());
        claimFound = new WordIndex(claims.Select(c => new[] { c.Cue, c.Content, c.Topic, c.Evidence.Sentence }.Concat(IsNarrated(c) ? [] : [c.Evidence.Title, leads[c.Evidence.SourceId]])
            .Concat(c.Numbers.Select(n => n.Unit)).Concat(SpeakerWords(c))).ToList());
        claimSaid = new WordIndex(claims.Select(c => new[] { c.Content }).ToList());
        claimCue = new WordIndex(claims.Select(c => new[] { c.Cue }).ToList());
        claimOwn = new WordIndex(claims.Select(c => new[] { c.Cue, c.Content, c.Topic }.Concat(c.Numbers.Select(n => n.Unit))).ToList());
        claimSpeaker = new WordIndex(claims.Select(c => new[] { c.Speaker.ActorId is null ? c.Speaker.Text : null }).ToList());
        claimSource = new WordIndex(claims.Select(c => new[] { c.Speaker.Text, SpeakerDescription.Of(c.Evidence.Sentence, c.Speaker.Text) }.Concat(SpeakerWords(c))).ToList());
        // The actors each article names anywhere in its facts: its events' parties, its speakers and whom its claims refer to.
        sourceActors = events.Select(e => (e.Evidence.SourceId, Ids: (IEnumerable<string>)e.Actors))
            .Concat(claims.Select(c => (c.Evidence.SourceId, Ids: new[] { c.Speaker.ActorId }.OfType<string>().Concat(c.Mentioned ?? []))))
            .GroupBy(x => x.SourceId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(x => x.Ids).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        claimsBySpeaker = Group(claims.Select((c, i) => (c.Speaker.ActorId, i)).Where(x => x.ActorId is not null).Select(x => (x.ActorId!, x.i)));

        disputes = [.. facts.Disputes];
        disputeText = new WordIndex(disputes.Select(d => new[] { d.Topic }.Concat(d.Sides.Select(s => s.Content)).Concat(d.Sides.Select(s => s.Value?.Unit))).ToList());
        numberDisputes = disputes.Select((d, i) => (d, i)).Where(x => x.d.Kind == Disputes.DisputeFinder.Numbers).DistinctBy(x => x.d.Topic, StringComparer.Ordinal)
            .ToFrozenDictionary(x => x.d.Topic, x => x.i, StringComparer.Ordinal);

        // "Chancellor" from one article and "Chancellor of Germany" from another are one office: the vaguer citation adds nothing.
        roles = actors.Values.SelectMany(a => a.Roles.Where(r => r.Evidence is not null && !Vaguer(a, r)).Select(r => (a, r))).ToArray();
        rolesByHolder = Group(roles.Select((r, i) => (r.Holder.Id, i)));
        ages = Ages(actors.Values, claims.Select(c => (c.Evidence, c.Speaker.ActorId)).Concat(events.Select(e => (e.Evidence, (string?)null)))
            .Concat(roles.Select(r => (r.Role.Evidence!, (string?)r.Holder.Id))), claims, events);
        // A role is asked about in any of its title's written forms ("chief executive" for a stored "CEO").
        roleText = new WordIndex(roles.Select(r => RoleWords(r.Role).Concat(Names(r.Role.Of))).ToList());
        // A bare title ("Governor James Karanja") is of what the story is about: its headline says ("Kenya central bank cuts ..."),
        // the sentence that gives it ("Governor Tomas Arvelo said the central bank would ..."), or its lead ("HOLLIS CREEK, Kan.
        // (AP) — The city council ..." of "Mayor Loretta Haskins").
        roleContext = new WordIndex(roles.Select(r => new[] { r.Role.Evidence!.Title, r.Role.Evidence.Sentence, leads.GetValueOrDefault(r.Role.Evidence.SourceId) }).ToList());
    }

    public Answer Ask(string question, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(question);
        // "per the city's consultant and per Prater" names sources as "according to" does; "per kilo" names none.
        question = PerSource().Replace(question, "according to ");
        if (TwoSources.Split(question) is not { } split)
        {
            // "What wage rise is the union seeking, and what has the company offered?": when the two together find
            // nothing, the first is answered alone, saying so no more than its own answer does.
            var whole = AskOne(question, asOf);
            return whole.Answered || TwoSources.FirstOfTwo(question) is not { } first || AskOne(first, asOf) is not { Answered: true } part
                ? whole
                : part with { Question = question };
        }

        var alone = split.Whole is { } asked ? AskOne(asked, asOf) : null;
        if (alone is { Answered: true, Body.Type: "list" })
        {
            return alone with { Question = question };
        }

        var asWritten = split.Certain ? null : AskOne(question, asOf);
        if (asWritten is { Answered: true })
        {
            return asWritten;
        }

        // "Do the growers and the packers agree on costs?" where only one side is found by its name: the other side is
        // what the question alone finds, when that is another answer.
        var sides = Both(question, AskOne(split.First, asOf), AskOne(split.Second, asOf));
        if (alone is { Answered: true } && sides is { Answered: true, Body.Type: not "list" } one)
        {
            return Both(question, one, alone) ?? one;
        }

        // "Did the prosecution and the defence agree on how close the drone came?" with no figure found for either: what
        // each side said about it.
        if (TwoSources.SaidAbout(question) is var (oneSide, otherSide, askOne, askOther))
        {
            sides ??= alone is { Answered: true } ? null : Both(question, AskOne(askOne, asOf), AskOne(askOther, asOf));

            // One side found by what it said, the other not by its words ("the island was marked" against "no flag, no
            // whistle"): a story sets a rebuttal beside the claim it answers, so the other side's claim nearest to it is its side.
            if (sides is { Answered: true, Body.Type: not "list", Evidence.Count: 1 } single
                && MissingSide(single, (oneSide, SideQuestion(oneSide)), (otherSide, SideQuestion(otherSide))) is var (missing, missingAsked)
                && NearestClaimOf(missing, missingAsked, single.Evidence[0]) is { } rebuttal)
            {
                return Both(question, single, rebuttal) ?? single;
            }
        }

        return sides ?? (alone is { Answered: true } ? alone with { Question = question } : null) ?? asWritten ?? AskOne(question, asOf);
    }

    // How far from the claim it answers another side's rebuttal may stand: a few paragraphs.
    private const int RebuttalChars = 1500;

    /// <summary>A side of "Did A and B agree ...?" read as "What did A say?": its first actor is who the side is.</summary>
    private ParsedQuestion SideQuestion(string side) => parser.Parse($"What did {side} say?", DateOnly.MinValue);

    /// <summary>
    /// The side whose answer is still missing: one named by an actor who did not give the answer ("the police" for
    /// Inspector Lowe's claim gave it). A side that names no actor cannot be told, and neither can two that both did not.
    /// </summary>
    private (string Side, ParsedQuestion Asked)? MissingSide(Answer answer, (string Side, ParsedQuestion Asked) one, (string Side, ParsedQuestion Asked) other)
    {
        bool? Speaks(ParsedQuestion asked) => asked.ActorIds is [var id, ..] ? answer.Evidence.Any(e => claims.Any(c => c.Evidence == e && SpeakerWeight(c, id) > 0)) : null;
        return Speaks(one.Asked) ?? true ? (Speaks(other.Asked) ?? true ? null : other) : one;
    }

    /// <summary>The claim of the side named nearest to the evidence of the other side's answer, in the same story.</summary>
    private Answer? NearestClaimOf(string side, ParsedQuestion asked, Evidence near)
    {
        var actor = asked.ActorIds[0];
        var nearest = claims.Select((c, i) => (c, i))
            .Where(x => x.c.Evidence.SourceId == near.SourceId && x.c.Evidence != near && SpeakerWeight(x.c, actor) > 0 && !IsNarrated(x.c)
                && Math.Abs(x.c.Evidence.Start - near.Start) <= RebuttalChars)
            .OrderBy(x => Math.Abs(x.c.Evidence.Start - near.Start)).ThenBy(x => x.i)
            .Select(x => (int?)x.i).FirstOrDefault();
        if (nearest is not { } index)
        {
            return null;
        }

        var candidate = new Candidate(Answers.Quote, index, MinScore);
        return new Answer(side, true, Body(candidate, asked, []), Evidence(candidate), MinScore, [], null);
    }

    /// <summary>
    /// The answers of a question asked of two sources, one after the other; one side alone when only it is known. None when
    /// neither is, or both found the same fact.
    /// </summary>
    private static Answer? Both(string question, Answer first, Answer second)
    {
        if (!first.Answered || !second.Answered)
        {
            return first.Answered ? first with { Question = question } : second.Answered ? second with { Question = question } : null;
        }

        if (first.Body!.Text == second.Body!.Text)
        {
            return null;
        }

        var body = new AnswerBody($"{first.Body.Text}; {second.Body.Text}", "list", new JsonArray(first.Body.Value?.DeepClone(), second.Body.Value?.DeepClone()));
        return new Answer(question, true, body, [.. first.Evidence, .. second.Evidence], Math.Min(first.Confidence, second.Confidence), [], null);
    }

    private Answer AskOne(string question, DateOnly asOf)
    {
        var q = parser.Parse(question, asOf);
        if (q.Kind == QuestionKind.Unknown)
        {
            return Answer.Declined(question, "The question is not of a kind this answerer understands (who, when, where, how many, how much, how far or how big, how old, what did X say).");
        }

        var answer = AnswerReadings(question, q, asOf);
        if (answer.Answered || q.LooseNames is not { Count: > 0 } loose || q.Kind != QuestionKind.HowMany)
        {
            return answer;
        }

        // "in Lyon" read as the surname of "Hospices Civils de Lyon", a name the tagger took for a person: when the
        // actors named by one word alone find nothing, the words themselves count as the question's words instead. Not for who
        // said what, or when someone did something: there the actor is the question, and a fact about another would be a
        // wrong answer ("When did Zelensky visit Moscow?" is not when someone else did); a count is asked about the thing counted.
        var words = loose.Select(l => l.Word).ToList();
        var plain = q with
        {
            ActorIds = q.ActorIds.Where(id => !loose.Any(l => l.Id == id)).ToList(),
            Readings = null,
            Keywords = [.. q.Keywords, .. words],
            SaidByFirst = q.SaidByFirst && !loose.Any(l => l.Id == q.ActorIds[0]),
        };
        var retried = AnswerReading(question, plain, asOf).Answer;
        return retried.Answered ? retried : answer;
    }

    private Answer AnswerReadings(string question, ParsedQuestion q, DateOnly asOf)
    {
        if (q.Readings is not { Count: > 0 } readings)
        {
            return AnswerReading(question, q, asOf).Answer;
        }

        // A surname two people share: the reading whose facts answer best is the one meant ("What did Clinton pledge?").
        var answers = readings.Select(r => AnswerReading(question, q with { ActorIds = r, Readings = null }, asOf)).ToList();
        var answered = answers.Where(a => a.Answer.Answered).ToList();
        return answered.Count == 0 ? answers[0].Answer : answered.MaxBy(a => a.Score).Answer;
    }

    /// <summary>The answer to one reading of the question, with the best candidate's score before it is capped and rounded.</summary>
    private (Answer Answer, double Score) AnswerReading(string question, ParsedQuestion q, DateOnly asOf)
    {
        var keywords = q.Keywords.Select(k => Keyword.Of(k, q.ProperWords.Contains(k))).ToList();
        var found = q.Kind switch
        {
            // "When did the ministry announce it would extend the trial?": the day it said so, when a claim tells it.
            QuestionKind.When when q.AsksSaidWhen && FromSaidDates(q, keywords) is { Count: > 0 } said => said,
            QuestionKind.When or QuestionKind.Where => FromEvents(q, keywords, asOf),
            QuestionKind.HowMany => q.EachSide ? FromDisputes(keywords) : FromNumbersOrUntil(q, keywords, asOf),
            QuestionKind.Quote => FromQuotes(q, keywords),
            QuestionKind.Describe => Describe(q),
            QuestionKind.Age => FromAges(q, keywords),
            QuestionKind.Who when q.AsksLeader => FromLeaders(q),
            QuestionKind.Who when q.AsksRole && q.ActorIds.Count == 1 && q.Keywords.Count == 0 => Describe(q),
            QuestionKind.Who when q.AsksRole => FromRoles(q, keywords),
            QuestionKind.Who => [.. FromSpeakers(q, keywords), .. FromAgents(q, keywords), .. FromDoers(q, keywords)],
            _ => [],
        };

        found.RemoveAll(c => c.Score < minScore);
        if (found.Count == 0)
        {
            return (Answer.Declined(question, "No stored fact matches the question well enough to answer it."), 0);
        }

        // Best first; between equals, by article and the order it tells them in (the store's order is its ids', no order a
        // reader knows), then the fact stored first.
        found = [.. found.OrderByDescending(c => c.Score).ThenBy(Told, TellingOrder).ThenBy(c => c.Index)];
        var best = found[0];
        var bestBody = Body(best, q, keywords);
        var alternatives = new List<AnswerBody>();
        foreach (var candidate in found.Skip(1).Take(12))
        {
            var body = Body(candidate, q, keywords);
            if (body.Text != bestBody.Text && alternatives.TrueForAll(a => a.Text != body.Text) && alternatives.Count < 3)
            {
                alternatives.Add(body);
            }
        }

        if (OtherSide(best, found, q) is { } other)
        {
            var otherBody = Body(other, q, keywords);
            bestBody = new AnswerBody($"{bestBody.Text}; {otherBody.Text}", "list", new JsonArray(bestBody.Value?.DeepClone(), otherBody.Value?.DeepClone()));
            return (new Answer(question, true, bestBody, [.. Evidence(best), .. Evidence(other)], Math.Round(Math.Min(1, best.Score), 3), alternatives, null), best.Score);
        }

        return (new Answer(question, true, bestBody, Evidence(best), Math.Round(Math.Min(1, best.Score), 3), alternatives, null), best.Score);
    }

    // How close to the best count another speaker's must score to be the other side of it.
    private const double SideMargin = 0.1;

    /// <summary>
    /// "How many people took part in the blockade?" of "Police put the crowd at about 300 people; organisers said more than
    /// 1,000 had taken part": when nobody is named, a count as good as the best by another speaker in the same story, of
    /// the same thing and at odds with it, is the other side of one answer, as a dispute's sides are.
    /// </summary>
    private Candidate? OtherSide(Candidate best, List<Candidate> found, ParsedQuestion q)
    {
        // "How many people did police say they arrested?" asks one source's count, though no actor names it.
        if (best.Kind != Answers.Number || q.ActorIds.Count > 0 || q.SourceWords is { Count: > 0 } || q.CountVerbReported || IsNarrated(claims[best.Index])
            || claims[best.Index].Numbers.FirstOrDefault(n => Fits(n, q.Fit, q.Counted)) is not { } first)
        {
            return null;
        }

        var c = claims[best.Index];
        foreach (var other in found.Skip(1))
        {
            if (other.Score < best.Score - SideMargin)
            {
                break;
            }

            var o = claims[other.Index];
            if (other.Kind == Answers.Number && !IsNarrated(o) && o.Evidence.SourceId == c.Evidence.SourceId && SpeakerKey(o) != SpeakerKey(c)
                && o.Numbers.FirstOrDefault(n => Fits(n, q.Fit, q.Counted)) is { } second && second.Unit == first.Unit
                && Math.Abs(second.Value - first.Value) > 0.1m * Math.Max(Math.Abs(first.Value), Math.Abs(second.Value)))
            {
                return other;
            }
        }

        return null;
    }

    private static string SpeakerKey(Claim c) => c.Speaker.ActorId ?? SearchKey.Fold(c.Speaker.Text);

    private List<Candidate> FromEvents(ParsedQuestion q, List<Keyword> keywords, DateOnly asOf)
    {
        // "Where did X meet Y": an event both take part in is where they met, whatever verb its sentence uses.
        if (q.ActorIds.Count >= 2)
        {
            keywords = keywords.Where(k => k.Group is null || k.Group != MeetingGroup).ToList();
        }

        var kind = q.Kind == QuestionKind.When ? Answers.Date : Answers.Place;
        var result = new List<Candidate>();
        foreach (var (i, _) in Scored(eventText, keywords, () => q.ActorIds.Count > 0 ? eventsByActor.GetValueOrDefault(q.ActorIds[0]) : null))
        {
            var e = events[i];
            // What the event is counts in full; a word only its sentence or story has may be about something else
            // ("weeks after the invasion began"), so counts less (EventMatch).
            var coverage = keywords.Count == 0 ? 1 : keywords.Sum(k => EventMatch(i, k)) / keywords.Count;
            // Only for a question naming the country alone: with a person too ("When did Zelensky visit Moscow?") the
            // country is what the event must be about.
            var inStoryOnly = q.ActorIds.Count == 1 && !Involves(i, q.ActorIds[0]) && storyCountries.Contains((e.Evidence.SourceId, q.ActorIds[0]))
                && e.Actors.Any(a => CountrysBody(a, q.ActorIds[0]));
            var unnamedParty = !inStoryOnly && UnnamedParty(i, q.ActorIds);
            if ((kind == Answers.Place && e.Place is null) || (kind == Answers.Date && e.When is null)
                || (!inStoryOnly && !unnamedParty && !q.ActorIds.All(a => Involves(i, a))))
            {
                continue;
            }

            if (q.Date is not null && (e.When is null || !e.When.Overlaps(q.Date.Start, q.Date.End)))
            {
                continue;
            }

            // Tense picks between a past and a planned event on the same subject. What was planned is told by its
            // article: "When will they hold their next march?" asks of a date after the story, not of the last march
            // the story recalls, however long ago the story was.
            var score = (coverage + (e.When is not null && (e.When.End >= asOf) == q.Future ? 0.05 : 0)) * (inStoryOnly ? StoryCountryWeight : unnamedParty ? ArticleOnlyWeight : 1);
            if (e.When is not null && e.Evidence.PublishedAt is { } published && q.Future && (e.When.End < published || (q.Upcoming && e.When.End <= published)))
            {
                score *= RecalledWeight;
            }
            // Between events alike, prefer the one whose sentence itself says it.
            score += 0.01 * (eventSentence.Coverage(i, keywords) + q.ActorIds.Count(a => Mentions(eventSentence, i, a, e.Evidence.SourceId))
                + (e.Place is not null && e.Evidence.Sentence.Contains(e.Place, StringComparison.Ordinal) ? 1 : 0));
            result.Add(new Candidate(kind, i, score));
        }

        return q.AsksStart ? Earliest(result) : result;
    }

    /// <summary>
    /// "When did the court quash Whitlock's conviction?" of "The Court of Appeal on Wednesday quashed the murder conviction
    /// of a Cairns man who ...": the event's sentence describes a person the question names without naming them. It
    /// counts (less) when it involves the first actor asked of, every other one is a person its article names, and no
    /// person takes part in it, who would be someone else.
    /// </summary>
    private bool UnnamedParty(int eventIndex, IReadOnlyList<string> actorIds)
    {
        var e = events[eventIndex];
        return actorIds.Count >= 2 && Involves(eventIndex, actorIds[0]) && !actorIds.All(a => Involves(eventIndex, a))
            && e.Actors.All(a => actors.TryGetValue(a, out var actor) && actor.Kind != ActorKind.Person)
            && actorIds.Where(a => !Involves(eventIndex, a)).All(a => actors.TryGetValue(a, out var actor) && actor.Kind == ActorKind.Person
                && sourceActors.TryGetValue(e.Evidence.SourceId, out var named) && named.Contains(a));
    }

    /// <summary>
    /// "When did the wildfires start?": of the events of a story about as close to the question as the best, the one
    /// dated first is when it began ("The fires broke out on Saturday"), not the day its toll was told.
    /// </summary>
    private List<Candidate> Earliest(List<Candidate> found)
    {
        const double Margin = 0.2;
        const int StoryDays = 31;
        if (found.Count < 2)
        {
            return found;
        }

        var best = found.MaxBy(c => c.Score);
        var source = events[best.Index].Evidence.SourceId;
        // Only the story's own days: a fire it recalls from two years before is another fire.
        var first = found.Where(c => c.Score >= best.Score - Margin && events[c.Index].Evidence.SourceId == source && events[c.Index].When is { } when
                && (events[c.Index].Evidence.PublishedAt is not { } published || when.Start.DayNumber >= published.DayNumber - StoryDays))
            .DefaultIfEmpty(best)
            .MinBy(c => events[c.Index].When?.Start ?? DateOnly.MaxValue);
        return first == best ? found : [.. found.Select(c => c == first ? c with { Score = best.Score + 0.01 } : c)];
    }

    private List<Candidate> FromNumbers(ParsedQuestion q, List<Keyword> keywords)
    {
        var named = q.ActorIds.Count > 0 ? q.ActorIds[0] : null;
        var thing = q.Counted is null ? (Keyword?)null : Keyword.Of(q.Counted, true);
        var verb = q.CountVerb is null ? default : keywords.FirstOrDefault(k => k.Word == q.CountVerb);
        // How much each claim is the asked source's: said by the source words, involving the actors asked of.
        var scored = Scored(claimFound, keywords, () => named is null ? null : ClaimsOfOrMentioning(named))
            .Select(s => (s.Fact, s.Coverage, Source: SaidBySource(s.Fact, q.SourceWords) ? Involvement(s.Fact, q.ActorIds, q.SaidByFirst, keywords.Count > 0) : 0))
            .ToList();
        // What someone says is worded their own way ("the real number is 300,000" of birds culled): the verb then only
        // ranks a claim that uses it above those that do not, and weighs nothing when none of that source's counts does.
        if (q.CountVerbReported && verb.Word is not null
            && !scored.Any(s => s.Source > 0 && claimText.Match(s.Fact, verb) > 0 && claims[s.Fact].Numbers.Any(n => Fits(n, q.Fit, q.Counted))))
        {
            verb = default;
        }

        // The question's own words, not a name it gave that is asked as words ("Harwood" read as a person's surname).
        var content = keywords.Where(k => q.LooseNames is not { } loose || !loose.Any(l => l.Word == k.Word)).ToList();
        var result = new List<Candidate>();
        foreach (var (i, found, source) in scored)
        {
            var c = claims[i];
            var coverage = ClaimCoverage(i, keywords, found) * (verb.Word is null || claimText.Match(i, verb) > 0 ? 1 : UnsaidCountVerbWeight);
            // A count whose own sentence holds none of the question's words is not the one asked about, however well its
            // story's headline does ("full-year revenue" for "How big was Torvik's operating loss?" of a loss story).
            var weight = c.Numbers.Any(n => Fits(n, q.Fit, q.Counted)) && (content.Count == 0 || content.Any(k => claimText.Match(i, k) > 0)) && OfYear(c, q) ? source : 0;
            var score = (coverage + 0.01 * claimSaid.Coverage(i, keywords) + (SaidWith(claims[i], q.Verb) ? VerbBonus : 0)) * weight;
            if (score >= minScore)
            {
                // "How many children ...?": a count of children before a number in a sentence that merely mentions children.
                // Only when nobody is named: with an actor asked about, who said it and of whom decides, not the unit.
                score += q.ActorIds.Count == 0 && thing is { } t && c.Numbers.Any(n => Fits(n, q.Fit, q.Counted) && Says(n.Unit, t)) ? CountedBonus : 0;
                result.Add(new Candidate(Answers.Number, i, score));
            }
        }

        // When no side is named and the sides disagree, the answer is each side's count, not one of them.
        if (q.ActorIds.Count == 0 && result.Count > 0)
        {
            var top = result.MaxBy(r => r.Score);
            if (claims[top.Index].Topic is { } topic && numberDisputes.TryGetValue(topic, out var dispute))
            {
                return [new Candidate(Answers.List, dispute, top.Score + 0.01)];
            }
        }

        return result;
    }

    private List<Candidate> FromDisputes(List<Keyword> keywords)
    {
        var result = new List<Candidate>();
        foreach (var (i, coverage) in disputeText.Covering(keywords, minScore))
        {
            if (disputes[i].Kind == Disputes.DisputeFinder.Numbers)
            {
                result.Add(new Candidate(Answers.List, i, coverage));
            }
        }

        return result;
    }

    /// <summary>
    /// "How many dockworkers took part in the 2019 strike?": a year the question writes must be the claim's, written in its
    /// sentence or the year it was said in; a count of this week's strike is no answer.
    /// </summary>
    private static bool OfYear(Claim c, ParsedQuestion q) =>
        !q.YearWritten || q.Date is not { } asked
        || c.Evidence.Sentence.Contains(asked.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        || (c.SaidOn is { } said && said.Overlaps(asked.Start, asked.End));

    /// <summary>
    /// "How long will the plant stay shut?" of "It will remain shut until at least Monday": with no length of time told,
    /// the day an event lasts until answers, from a sentence that says "until".
    /// </summary>
    private List<Candidate> FromNumbersOrUntil(ParsedQuestion q, List<Keyword> keywords, DateOnly asOf)
    {
        var counted = FromNumbers(q, keywords);
        if (q.Fit != NumberFit.Duration || counted.Any(c => c.Score >= minScore))
        {
            return counted;
        }

        return [.. FromEvents(q with { Kind = QuestionKind.When }, keywords, asOf)
            .Where(c => c.Kind == Answers.Date && UntilWord().IsMatch(events[c.Index].Evidence.Sentence))
            .Select(c => c with { Kind = Answers.Until })];
    }

    [GeneratedRegex(@"\b(?:until|till)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UntilWord();

    /// <summary>The claims that answer "When did X announce ...?", each dated by the day it was said; only those that score enough.</summary>
    private List<Candidate> FromSaidDates(ParsedQuestion q, List<Keyword> keywords) =>
        [.. FromQuotes(q, keywords).Where(c => c.Score >= minScore && claims[c.Index].SaidOn is not null && !IsNarrated(claims[c.Index]))
            .Select(c => c with { Kind = Answers.SaidDate })];

    private List<Candidate> FromQuotes(ParsedQuestion q, List<Keyword> keywords)
    {
        var result = new List<Candidate>();
        if (q.ActorIds.Count == 0 || q.SpeakerUnnamed)
        {
            // "What did police officials say?": no actor is named, but a speaker no actor is linked to may be, in its
            // words; "What did officials say about Kopp?" names one the claim must mention, and who is not its speaker.
            foreach (var (i, found) in claimFound.Covering(keywords, minScore))
            {
                var coverage = ClaimCoverage(i, keywords, found);
                // "What did the Andes Pacifica spokesman deny?": a speaker named in full ("Company spokesman Martin
                // Oyarzun") is asked about by the words of the phrase that names them.
                if ((claims[i].Speaker.ActorId is null ? claimSpeaker.Coverage(i, keywords) > 0
                    : q.SpeakerUnnamed ? !q.ActorIds.Contains(claims[i].Speaker.ActorId) && claimSpeaker.Coverage(i, keywords) > 0
                    : claimSource.Coverage(i, keywords) > 0)
                    && SaidBySource(i, q.SourceWords) && q.ActorIds.All(a => MentionedIn(i, a)))
                {
                    result.Add(new Candidate(Answers.Quote, i, coverage + 0.01 * claimSaid.Coverage(i, keywords) + (SaidWith(claims[i], q.Verb) ? NamedByWordsVerbBonus : 0)));
                }
            }

            return result;
        }

        foreach (var (i, found) in Scored(claimFound, keywords, () => ClaimsOf(q.ActorIds[0])))
        {
            var coverage = ClaimCoverage(i, keywords, found);
            var weight = SpeakerWeight(claims[i], q.ActorIds[0]);
            var score = (coverage + 0.01 * claimSaid.Coverage(i, keywords) + (SaidWith(claims[i], q.Verb) ? VerbBonus : 0)) * weight;
            // "What did Nair say about FlexHall's churn figure?" of "the churn figure flattered the business".
            var others = OthersWeight(i, q.ActorIds.Skip(1), keywords.Count > 0);
            if (score * others >= minScore)
            {
                result.Add(new Candidate(Answers.Quote, i, score * others));
            }
        }

        return result;
    }

    /// <summary>The share of the question's words the claim holds, a word only its story's headline or lead holds counting half.</summary>
    private double ClaimCoverage(int i, List<Keyword> keywords, double found) =>
        keywords.Count == 0 ? found : keywords.Sum(k => Math.Max(claimText.Match(i, k), SentenceOnly * claimTitle.Match(i, k))) / keywords.Count;

    /// <summary>A count the article states in its own voice: the publication's claim of its whole sentence.</summary>
    private static bool IsNarrated(Claim c) =>
        c.Speaker.ActorId is null && c.Cue == Extraction.Claims.NarratedClaims.Cue
        && (c.Evidence.Sentence.StartsWith(c.Content, StringComparison.Ordinal) || Extraction.Claims.ClaimText.Clean(c.Evidence.Sentence) == c.Content);

    /// <summary>Whether the claim's cue is the verb the question asks of ("warned" for "What did X warn?").</summary>
    private static bool SaidWith(Claim claim, string? verb) =>
        verb is not null && SearchKey.Fold(claim.Cue).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => Keyword.StemOf(w) == verb);

    private List<Candidate> FromSpeakers(ParsedQuestion q, List<Keyword> keywords)
    {
        // "Who said X?" with no content words matches every claim, which answers nothing.
        var result = new List<Candidate>();
        Keyword? actVerb = q.ActVerb is null ? null : keywords.FirstOrDefault(k => k.Word == q.ActVerb);
        foreach (var (i, found) in claimFound.Covering(keywords, minScore - Bonus))
        {
            var c = claims[i];
            var coverage = ClaimCoverage(i, keywords, found);
            // A speaker no actor is linked to ("Police") is named by its words.
            // The article's own voice ("the article reported" a count) is nobody's answer to who said or did it.
            // "Who denied that Kyrgyzstan had broken the agreement?" of "Tokonov denied that any agreement had been violated":
            // an actor the claim's sentence does not name but its article does counts less, not nothing.
            var (unnamed, outside) = (false, false);
            foreach (var a in q.ActorIds)
            {
                if (!MentionedIn(i, a))
                {
                    (unnamed, outside) = (true, outside || !InArticle(i, a));
                }
            }

            if ((c.Speaker.ActorId is { } id && !actors.ContainsKey(id)) || IsNarrated(c) || (unnamed && (actVerb is null || outside))
                || (actVerb is { } verb && claimCue.Match(i, verb) == 0 && !DidItself(c, verb)))
            {
                continue;
            }

            // Who said it is asked of what was said: words only the sentence around the claim holds ("After the camp
            // announced it was inviting X, Trump invited Y") count half, as they may be about someone else's act.
            var own = keywords.Sum(k => Math.Max(claimOwn.Match(i, k), SentenceOnly * claimText.Match(i, k))) / keywords.Count;
            result.Add(new Candidate(Answers.Speaker, i, (Math.Min(coverage, own) + 0.01 * claimSaid.Coverage(i, keywords)) * (unnamed ? ArticleOnlyWeight : 1)));
        }

        return result;
    }

    // How much a claim counts whose article, not its own sentence, names the actor a "who did it" question asks about.
    private const double ArticleOnlyWeight = 0.9;

    private bool InArticle(int claim, string actorId) =>
        sourceActors.TryGetValue(claims[claim].Evidence.SourceId, out var named) && named.Contains(actorId);

    /// <summary>
    /// "Who paid tribute to the victims?": an event told as an act ("Madeleine Albright paid tribute Tuesday") whose
    /// verb is the question's; its doer is the actor named right before the verb. Actors the question names are
    /// the ones done to, and must take part.
    /// </summary>
    private List<Candidate> FromDoers(ParsedQuestion q, List<Keyword> keywords)
    {
        var result = new List<Candidate>();
        if (q.ActVerb is null || keywords.FirstOrDefault(k => k.Word == q.ActVerb) is not { Word: not null } verb)
        {
            return result;
        }

        foreach (var (i, _) in eventText.Covering(keywords, minScore))
        {
            if (Doer(events[i], verb) is not { } doer || !q.ActorIds.All(a => a != doer && Involves(i, a)))
            {
                continue;
            }

            var coverage = keywords.Sum(k => EventMatch(i, k)) / keywords.Count;
            result.Add(new Candidate(Answers.Doer, i, coverage));
        }

        return result;
    }

    /// <summary>The event's actor whose name ends right before the question's verb in what the event is, if any.</summary>
    private string? Doer(Event e, Keyword verb)
    {
        var words = SearchKey.Fold(e.What).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(words, w => IsVerb(w, verb));
        if (at <= 0)
        {
            return null;
        }

        // The longest name that ends there; two actors alike ("Hussein" for a king and a president) are nobody sure.
        var best = (Actor: (string?)null, Length: 0, Tied: false);
        foreach (var actor in e.Actors)
        {
            if (!actors.ContainsKey(actor) || !nameWords.TryGetValue(actor, out var names))
            {
                continue;
            }

            var length = names.Where(n => n.Length <= at && words.AsSpan(at - n.Length, n.Length).SequenceEqual(n)).Select(n => n.Length).DefaultIfEmpty(0).Max();
            if (length > best.Length)
            {
                best = (actor, length, false);
            }
            else if (length > 0 && length == best.Length && actor != best.Actor)
            {
                best.Tied = true;
            }
        }

        return best.Tied ? null : best.Actor;
    }

    /// <summary>
    /// "Burton said he subpoenaed Elian": a content that opens with the speaker's own pronoun doing the question's
    /// verb, past an auxiliary or adverb or two, tells what the speaker did, not only what they said.
    /// </summary>
    private bool DidItself(Claim c, Keyword verb)
    {
        if (c.Speaker.ActorId is not { } id || !actors.TryGetValue(id, out var speaker))
        {
            return false;
        }

        // The pronoun opens the content, or follows "that" or when it was said ("on Monday he had closed").
        var words = SearchKey.Fold(c.Content).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var subjects = speaker.Kind == ActorKind.Person ? PersonSubjects : GroupSubjects;
        var start = Array.FindIndex(words, 0, Math.Min(words.Length, 4), subjects.Contains);
        if (start < 0 || words.Take(start).Any(w => !Openers.Contains(w) && !char.IsDigit(w[0])))
        {
            return false;
        }

        // "he had subpoenaed", "she personally signed"; not "he was subpoenaed", "he would not sign", "he plans to".
        for (var k = start + 1; k < Math.Min(words.Length, start + 4); k++)
        {
            if (IsVerb(words[k], verb))
            {
                return true;
            }

            if (!PerfectOrAdverb.Contains(words[k]))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> Openers = EmbeddedData.DataLines("Answering.Resources.act-openers.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PerfectOrAdverb = FrozenSet.Create(StringComparer.Ordinal, "had", "has", "have", "also", "already", "just", "personally", "then", "recently", "himself", "herself");

    /// <summary>Whether a folded word is the question's verb by stem or synonym ("subpoenaed" for "subpoena").</summary>
    private static bool IsVerb(string word, Keyword verb) =>
        Keyword.StemOf(word) == verb.Stem || (verb.Group is not null && Synonyms.Group(word) == verb.Group);

    private static readonly FrozenSet<string> PersonSubjects = FrozenSet.Create(StringComparer.Ordinal, "he", "she", "i");
    private static readonly FrozenSet<string> GroupSubjects = FrozenSet.Create(StringComparer.Ordinal, "it", "we", "they");

    /// <summary>
    /// "Who founded TD Ameritrade?": a role whose title holds the one who does the question's verb ("TD Ameritrade
    /// founder"), and the question's other words in its title or owner.
    /// </summary>
    private List<Candidate> FromAgents(ParsedQuestion q, List<Keyword> keywords)
    {
        var result = new List<Candidate>();
        if (q.ActVerb is not { Length: >= 4 } verb || Root(verb) is not { Length: >= 3 } root)
        {
            return result;
        }

        var others = keywords.Where(k => k.Word != verb).ToList();
        for (var i = 0; i < roles.Length; i++)
        {
            var (holder, role) = roles[i];
            var agent = SearchKey.Fold(role.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(w => w.Length >= root.Length && w.StartsWith(root, StringComparison.Ordinal) && AgentEndings.Contains(w[root.Length..]));
            if (!agent || !q.ActorIds.All(a => a == role.Of || a == holder.Id))
            {
                continue;
            }

            var score = (1 + others.Sum(k => roleText.Match(i, k))) / keywords.Count;
            if (others.All(k => !k.Required || roleText.Match(i, k) > 0))
            {
                result.Add(new Candidate(Answers.Role, i, score));
            }
        }

        return result;
    }

    /// <summary>A verb without its inflection and final e, uncut: "directs" is "direct", "advises" "advis", "founded" "found".</summary>
    private static string Root(string verb)
    {
        var root = verb.EndsWith("ing", StringComparison.Ordinal) ? verb[..^3]
            : verb.EndsWith("ed", StringComparison.Ordinal) ? verb[..^2]
            : verb.EndsWith("es", StringComparison.Ordinal) && verb.Length > 4 && verb[^3] is 's' or 'x' or 'z' or 'h' ? verb[..^2]
            : verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal) ? verb[..^1]
            : verb;
        return root.Length > 3 && root[^1] == 'e' ? root[..^1] : root;
    }

    // The endings that make a verb's root its doer: found-er, advis-er, direct-or, lead-er, head (none).
    private static readonly FrozenSet<string> AgentEndings = FrozenSet.Create(StringComparer.Ordinal, "", "r", "er", "or", "ar");

    private static bool Vaguer(Actor holder, ActorRole role) =>
        role.Of is null && holder.Roles.Any(other => other.Of is not null && other.Evidence is not null && string.Equals(other.Title, role.Title, StringComparison.OrdinalIgnoreCase));

    private List<Candidate> FromRoles(ParsedQuestion q, List<Keyword> keywords)
    {
        var result = new List<Candidate>();
        var asked = TitleLexicon.Default.TitlesIn(q.Keywords);
        foreach (var (i, coverage) in roleText.Covering(keywords, minScore))
        {
            var (holder, role) = roles[i];
            // "Who is the chief financial officer?" is not answered by the chief executive, whose written forms share "chief".
            if (asked.Count > 0 && !asked.Any(t => TitleLexicon.Default.Matches(t, role.Title)))
            {
                continue;
            }

            if (q.ActorIds.All(a => a == role.Of || a == holder.Id))
            {
                result.Add(new Candidate(Answers.Role, i, coverage));
            }
        }

        if (asked.Count == 0 || result.Count > 0)
        {
            return result;
        }

        // "Who is the mayor of Hollis Creek?" of "Mayor Loretta Haskins" in a story datelined HOLLIS CREEK: the office
        // asked of, with the words its title lacks in its story's headline, sentence or lead, at half weight.
        for (var i = 0; i < roles.Length; i++)
        {
            var (holder, role) = roles[i];
            if (!asked.Any(t => TitleLexicon.Default.Matches(t, role.Title)) || !q.ActorIds.All(a => a == role.Of || a == holder.Id))
            {
                continue;
            }

            var coverage = keywords.Sum(k => RoleMatch(i, k)) / keywords.Count;
            if (coverage >= minScore && !keywords.Any(k => k.Required && RoleMatch(i, k) == 0))
            {
                result.Add(new Candidate(Answers.Role, i, coverage));
            }
        }

        return result;
    }

    /// <summary>"Who runs Nordvik?": the holders of an office of the named actor whose title says it leads (leader-titles.txt).</summary>
    private List<Candidate> FromLeaders(ParsedQuestion q)
    {
        var result = new List<Candidate>();
        for (var i = 0; i < roles.Length; i++)
        {
            var (_, role) = roles[i];
            if (role.Of == q.ActorIds[0] && Leads(role.Title))
            {
                result.Add(new Candidate(Answers.Role, i, 1));
            }
        }

        return result;
    }

    /// <summary>How role <paramref name="i"/> holds a keyword: in its title's words in full, only in its story's headline, sentence or lead at half weight.</summary>
    private double RoleMatch(int i, Keyword k) => Math.Max(roleText.Match(i, k), SentenceOnly * roleContext.Match(i, k));

    /// <summary>Whether an office leads its body (leader-titles.txt): "chief executive", "union president", "chair of NIAC".</summary>
    private static bool Leads(string title)
    {
        var folded = SearchKey.Fold(title);
        var of = folded.IndexOf(" of ", StringComparison.Ordinal);
        var office = of > 0 ? folded[..of] : folded;
        return LeaderTitles.Any(t => office == t || office.EndsWith(" " + t, StringComparison.Ordinal));
    }

    private static readonly FrozenSet<string> LeaderTitles = EmbeddedData.DataLines("Answering.Resources.leader-titles.txt").Select(SearchKey.Fold).ToFrozenSet(StringComparer.Ordinal);

    private List<Candidate> Describe(ParsedQuestion q)
    {
        if (q.ActorIds.Count == 0 || !actors.TryGetValue(q.ActorIds[0], out var actor))
        {
            return [];
        }

        if (rolesByHolder.GetValueOrDefault(actor.Id) is { Length: > 0 } held)
        {
            return held.Select(i => new Candidate(Answers.Role, i, 1)).ToList();
        }

        // "Who is Stoyanka Petkova?" of a picker the story gives no office: her age and what the sentence calls her.
        var aged = Array.FindIndex(ages, a => a.ActorId == actor.Id);
        return aged >= 0 ? [new Candidate(Answers.Person, aged, PersonScore)] : [];
    }

    /// <summary>
    /// The facts worth scoring: those holding the question's words, or, when it has none, the facts of the
    /// actor it names (each scored 1 for words, since there are none to miss). Never the whole list.
    /// </summary>
    private IEnumerable<(int Fact, double Coverage)> Scored(WordIndex index, List<Keyword> keywords, Func<int[]?> ofActor) =>
        keywords.Count > 0 ? index.Covering(keywords, minScore - Bonus)
        : ofActor() is { } facts ? facts.Select(i => (i, 1.0))
        : [];

    private AnswerBody Body(Candidate candidate, ParsedQuestion q, List<Keyword> keywords)
    {
        switch (candidate.Kind)
        {
            case Answers.Date:
                var when = events[candidate.Index].When!;
                return new AnswerBody(AnswerText.Date(when), "date", JsonValue.Create(when.Value));
            case Answers.Until:
                var until = events[candidate.Index].When!;
                return new AnswerBody(AnswerText.Until(until), "date", JsonValue.Create(until.Value));
            case Answers.SaidDate:
                var saidOn = claims[candidate.Index].SaidOn!;
                return new AnswerBody(AnswerText.Date(saidOn), "date", JsonValue.Create(saidOn.Value));
            case Answers.Place:
                var place = events[candidate.Index].Place!;
                return new AnswerBody(place, "place", JsonValue.Create(place));
            case Answers.Number:
                return NumberBody(claims[candidate.Index], SpeakerName(claims[candidate.Index]), keywords, q.Fit, q.Counted, keywords.FirstOrDefault(k => k.Word == q.CountVerb));
            case Answers.List:
                return ListBody(disputes[candidate.Index]);
            case Answers.Age:
                return AgeBody(ages[candidate.Index]);
            case Answers.Person:
                return PersonBody(ages[candidate.Index]);
            case Answers.Quote:
                var c = claims[candidate.Index];
                // "According to the prosecution, the drone came ...": a cue whose complement is the speaker goes before it.
                var told = c.Cue.Equals("according to", StringComparison.OrdinalIgnoreCase) ? $"According to {SpeakerName(c)}, {c.Content}" : $"{SpeakerName(c)} {c.Cue} {c.Content}";
                return new AnswerBody(AnswerText.Capitalised(told), "quote",
                    new JsonObject { ["speaker"] = c.Speaker.ActorId, ["cue"] = c.Cue, ["content"] = c.Content, ["claim"] = c.Id });
            case Answers.Speaker:
                var said = claims[candidate.Index];
                if (said.Speaker.ActorId is null)
                {
                    return new AnswerBody(AnswerText.Capitalised(said.Speaker.Text), "actor", new JsonObject { ["id"] = null, ["name"] = said.Speaker.Text });
                }

                var speaker = actors[said.Speaker.ActorId];
                // A pronoun ("They warned...") names nobody; the actor it was resolved to does.
                // "Rep. Dan Burton, R-Ind.," ends where its apposition's comma does: the comma is the sentence's, not the name's.
                return new AnswerBody(IsPronoun(said.Speaker.Text) ? speaker.Name : said.Speaker.Text.TrimEnd(',', ';', ':', ' '), "actor", new JsonObject { ["id"] = speaker.Id, ["name"] = speaker.Name });
            case Answers.Doer:
                var doer = actors[Doer(events[candidate.Index], keywords.First(k => k.Word == q.ActVerb))!];
                return new AnswerBody(doer.Name, "actor", new JsonObject { ["id"] = doer.Id, ["name"] = doer.Name });
            default:
                var (holder, role) = roles[candidate.Index];
                // "head of Brenner's works council", "chair of NIAC" name their owner already; "of Brenner" again would say it twice.
                var title = role.Of is null || role.Title.Contains(Name(role.Of)!, StringComparison.OrdinalIgnoreCase)
                    || Names(role.Of).Any(n => $" {role.Title} ".Contains($" {n} ", StringComparison.Ordinal)) ? role.Title : $"{role.Title} of {Name(role.Of)}";
                return new AnswerBody($"{holder.Name}, {title}", "role", new JsonObject { ["actor"] = holder.Id, ["title"] = role.Title, ["of"] = role.Of });
        }
    }

    private static readonly Comparer<(string Source, int Start)> TellingOrder = Comparer<(string Source, int Start)>.Create(
        (a, b) => string.CompareOrdinal(a.Source, b.Source) is var bySource and not 0 ? bySource : a.Start.CompareTo(b.Start));

    private (string Source, int Start) Told(Candidate c) =>
        c.Kind == Answers.List ? ("", 0) : Evidence(c) is [var e, ..] ? (e.SourceId, e.Start) : ("", 0);

    private IReadOnlyList<Evidence> Evidence(Candidate candidate) => candidate.Kind switch
    {
        Answers.Date or Answers.Place or Answers.Doer or Answers.Until => [events[candidate.Index].Evidence],
        Answers.Number or Answers.Quote or Answers.Speaker or Answers.SaidDate => [claims[candidate.Index].Evidence],
        Answers.List => disputes[candidate.Index].Sides.Select(s => s.Evidence).ToList(),
        Answers.Age or Answers.Person => [ages[candidate.Index].Evidence],
        _ => [roles[candidate.Index].Role.Evidence!],
    };

    // A verb at most two words from a number ("evacuation of about 2,400") is said of it: NumberNearness gives 0.99 / (1 + words between).
    private const double VerbBeside = 0.99 / 3;

    private static readonly FrozenSet<string> GenericCountNouns = EmbeddedData.DataLines("Answering.Resources.generic-count-nouns.txt").ToFrozenSet(StringComparer.Ordinal);

    // The number the question asks about: of those of the kind it asks, the one whose unit or words it uses, else the first.
    private static AnswerBody NumberBody(Claim c, string speaker, List<Keyword> keywords, NumberFit fit, string? counted, Keyword verb = default)
    {
        // "How many individuals ...": the number of individuals, before one that merely shares more of the question's words,
        // and one whose own words say so ("about 18,400 children") before one that only took the unit ("aged 4 to 16").
        var thing = counted is null ? (Keyword?)null : Keyword.Of(counted, true);
        var text = c.Numbers.All(n => c.Content.Contains(n.Text, StringComparison.Ordinal)) ? c.Content : c.Evidence.Sentence;
        // "How many people were evacuated?" of "the evacuation of about 2,400 residents and sent at least 17 people to
        // hospital": what happened to them, said right beside a number, decides before the noun that counts them.
        IEnumerable<string> Others(NumberMention n) => c.Numbers.Where(o => o != n).Select(o => o.Text);
        var number = c.Numbers.Where(n => Fits(n, fit, counted))
            .MaxBy(n => (verb.Word is not null && (counted is null || GenericCountNouns.Contains(counted)) && NumberNearness.Of(text, n.Text, Others(n), [verb]) >= VerbBeside ? 200 : 0)
                + (thing is { } t && Says(n.Unit, t) ? 100 + (Says(n.Text, t) ? 50 : 0) : 0) + keywords.Count(k => Says(n.Unit, k) || Says(n.Text, k)) + NumberNearness.Of(text, n.Text, Others(n), keywords)
                - (NumberNearness.Superseded(text, n.Text, c.Numbers.Select(o => o.Text)) ? 1 : 0))!;
        var value = new JsonObject { ["value"] = number.Value, ["qualifier"] = number.Qualifier, ["unit"] = number.Unit, ["speaker"] = c.Speaker.ActorId };
        // "between NZ$8 million and NZ$11 million": a range is both its ends.
        if (RangeOf(text, number, c.Numbers) is var (low, high, phrase))
        {
            value["value"] = low.Value;
            value["to"] = high.Value;
            return new AnswerBody($"{speaker}: {phrase}", "number", value);
        }

        // "69 percent of those polled said ...": the count is who spoke, and says itself.
        var shown = c.Speaker.ActorId is null && c.Speaker.Text.Contains(number.Text, StringComparison.Ordinal) ? c.Speaker.Text
            : $"{speaker}: {number.Text}" + (number.Unit is null || Shows(number.Text, number.Unit) ? "" : " " + number.Unit);
        return new AnswerBody(shown, "number", value);
    }

    /// <summary>The range "between A and B" or "from A to B" the number is an end of, with its words, or null.</summary>
    private static (NumberMention Low, NumberMention High, string Phrase)? RangeOf(string text, NumberMention number, IReadOnlyList<NumberMention> numbers)
    {
        foreach (var other in numbers)
        {
            if (other == number || other.Unit != number.Unit)
            {
                continue;
            }

            foreach (var (low, high) in new[] { (number, other), (other, number) })
            {
                foreach (var phrase in new[] { $"between {low.Text} and {high.Text}", $"from {low.Text} to {high.Text}" })
                {
                    if (low.Value < high.Value && text.Contains(phrase, StringComparison.Ordinal))
                    {
                        return (low, high, phrase);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Whether a number's words already say its unit: "40 cranes", "10%", "81 per cent", "$5 million".</summary>
    private static bool Shows(string text, string unit) => unit switch
    {
        "percent" => text.Contains('%', StringComparison.Ordinal) || text.Contains("percent", StringComparison.OrdinalIgnoreCase) || text.Contains("per cent", StringComparison.OrdinalIgnoreCase),
        "USD" or "AUD" or "CAD" or "NZD" or "HKD" or "SGD" or "BRL" => text.Contains('$', StringComparison.Ordinal),
        "EUR" => text.Contains('€', StringComparison.Ordinal),
        "GBP" => text.Contains('£', StringComparison.Ordinal),
        _ => text.Contains(unit, StringComparison.OrdinalIgnoreCase) || text.Contains(Keyword.StemOf(unit), StringComparison.OrdinalIgnoreCase)
            || Extraction.Claims.NumberExtractor.WritesUnit(text, unit),
    };

    /// <summary>
    /// Whether the number is of the kind asked, and a length of time, a share or a sum of money only when that is what
    /// is counted: "How many Kyrgyz dead ...?" is not answered with "two days" of fighting, nor "How many workers ...?"
    /// with a "4% raise".
    /// </summary>
    private static bool Fits(NumberMention number, NumberFit fit, string? counted) =>
        Fits(number, fit) && !(counted is not null && number.Unit is { } unit
            && ((DurationUnits.Contains(unit) && !DurationUnits.Contains(counted)) || (AmountUnits.Contains(unit) && !AmountUnits.Contains(counted) && !QuestionParser.MoneyNouns.Contains(counted))));

    private static bool Fits(NumberMention number, NumberFit fit) => fit switch
    {
        NumberFit.Amount => number.Unit is not null && AmountUnits.Contains(number.Unit),
        NumberFit.Money => number.Unit is not null and not "percent" && AmountUnits.Contains(number.Unit),
        NumberFit.Duration => number.Unit is not null && DurationUnits.Contains(number.Unit),
        NumberFit.Size => number.Unit is null || !DurationUnits.Contains(number.Unit),
        _ => true,
    };

    private static bool Says(string? text, Keyword keyword) =>
        text is not null && SearchKey.Fold(text).Contains(keyword.Stem, StringComparison.Ordinal);

    private static AnswerBody ListBody(Dispute d)
    {
        var items = new JsonArray();
        foreach (var side in d.Sides)
        {
            items.Add(new JsonObject
            {
                ["speaker"] = side.ActorId,
                ["speakerText"] = side.Speaker,
                ["value"] = side.Value?.Value,
                ["qualifier"] = side.Value?.Qualifier,
                ["unit"] = side.Value?.Unit,
            });
        }

        return new AnswerBody(string.Join("; ", d.Sides.Select(s => $"{s.Speaker}: {s.Value?.Text ?? s.Content}")), "list", items);
    }

    // 1 when a named actor said it, less when a member of it did or it only mentions them; every other named
    // actor must be mentioned.
    private double Involvement(int claim, IReadOnlyList<string> named, bool saidByFirst, bool aboutWords)
    {
        if (named.Count == 0)
        {
            return 1;
        }

        // A body named as the speaker's owner ("Russian Ministry of Defence") speaks for it only when the question asks
        // who said it: "How many times did Russian forces break the truce?" asks of Russia's breaches, not of what
        // Russia's ministry counted of Ukraine's.
        var weight = SpeakerWeight(claims[claim], named[0], owners: saidByFirst);
        if (saidByFirst && weight == 0)
        {
            return 0;
        }

        // "What share of Botswana's exports does Molefe say ...?" of "diamonds account for more than 80% of the country's
        // exports": the speaker's count in a story about the other actor, worded without its name, counts less.
        var others = OthersWeight(claim, weight > 0 ? named.Skip(1) : named, weight > 0 && aboutWords);
        return others == 1 ? Math.Max(weight, MentionWeight) : weight * others;
    }

    /// <summary>
    /// How a claim holds the other actors a question names: 1 when it mentions them all; when it holds the question's
    /// words (<paramref name="aboutWords"/>) in a story that names them, <see cref="MentionWeight"/>; else 0.
    /// </summary>
    private double OthersWeight(int claim, IEnumerable<string> others, bool aboutWords) =>
        others.All(a => MentionedIn(claim, a)) ? 1 : aboutWords && others.All(a => InArticle(claim, a)) ? MentionWeight : 0;

    private double SpeakerWeight(Claim c, string actorId, bool owners = true) =>
        c.Speaker.ActorId == actorId ? 1
        : c.Speaker.ActorId is not null && members.TryGetValue(actorId, out var set) && set.Contains(c.Speaker.ActorId) ? MemberWeight
        : owners && SpeaksFor(c.Speaker.Text, actorId) ? MemberWeight
        : 0;

    private static readonly FrozenSet<string> NotOwnerBefore = FrozenSet.Create(StringComparer.Ordinal, "to", "against", "with", "from", "in", "on", "at", "toward", "towards");

    /// <summary>
    /// "Kyrgyzstan's State Border Service", "a spokesman for Kenya's foreign ministry", "the Ugandan police": a speaker
    /// whose own words name a country or organisation as its owner speaks for it, as a member does; "the ambassador to
    /// Kenya" does not speak for Kenya.
    /// </summary>
    private bool SpeaksFor(string speaker, string actorId)
    {
        // A country no stored fact gives as an actor is still named by its own name ("according to Norway").
        var names = actors.TryGetValue(actorId, out var actor)
            ? actor.Kind == ActorKind.Person ? null : nameWords.GetValueOrDefault(actorId)
            : Countries.NameOf(actorId) is { } country ? [SearchKey.Fold(country).Split(' ', StringSplitOptions.RemoveEmptyEntries)] : null;
        if (names is null)
        {
            return false;
        }

        // The possessive goes before folding, which would join it to the name ("Norway's" folds to "norways").
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => SearchKey.Fold(QuestionParser.Strip(w.TrimEnd(',', ';', ':'))).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            if ((i == 0 || !NotOwnerBefore.Contains(words[i - 1])) && names.Any(n => n.Length > 0 && i + n.Length <= words.Length && n.AsSpan().SequenceEqual(words.AsSpan(i, n.Length))))
            {
                return true;
            }
        }

        return false;
    }

    // Claims by the actor or its members, in store order.
    private int[] ClaimsOf(string actorId)
    {
        var own = claimsBySpeaker.GetValueOrDefault(actorId) ?? [];
        if (!members.TryGetValue(actorId, out var set))
        {
            return own;
        }

        return [.. own.Concat(set.SelectMany(m => claimsBySpeaker.GetValueOrDefault(m) ?? [])).Order()];
    }

    private int[] ClaimsOfOrMentioning(string actorId) =>
        [.. ClaimsOf(actorId).Concat(nameWords.GetValueOrDefault(actorId, []).SelectMany(claimText.HoldingAll)).Distinct().Order()];

    /// <summary>
    /// Whether the claim's speaker is the source the question names in words ("according to the organisers"): its head,
    /// the last word, must be the speaker's; the words before it may be put differently ("the miners' union" is "the
    /// Mineworkers Union of Zambia") and count as any other question word.
    /// </summary>
    private bool SaidBySource(int claim, IReadOnlyList<string>? words) =>
        words is not { Count: > 0 } || claimSource.Match(claim, Keyword.Of(words[^1], false)) > 0;

    /// <summary>How well an event holds a keyword: in what it is in full, in its sentence or its story's context less.</summary>
    private double EventMatch(int i, Keyword k) =>
        Math.Max(eventWhat.Match(i, k), Math.Max(sentenceWeight[i] * eventSentence.Match(i, k), SentenceOnly * eventContext.Match(i, k)));

    private bool Involves(int eventIndex, string actorId) =>
        eventsByActor.TryGetValue(actorId, out var list) && Array.BinarySearch(list, eventIndex) >= 0;

    private bool Mentions(WordIndex index, int fact, string actorId, string? source = null) =>
        // A name may be written in the plural ("super PACs" of an organisation the tagger found as "PAC").
        (nameWords.TryGetValue(actorId, out var names) && names.Any(n => n.All(w => index.Holds(fact, w) || index.Holds(fact, w + "s"))))
        || (source is not null && forenames.TryGetValue(actorId, out var forename) && index.Holds(fact, forename)
            && forenameIn.GetValueOrDefault((source, forename)) == actorId);

    // By name, or however extraction found its sentence refers to the actor ("the department").
    private bool MentionedIn(int claim, string actorId) =>
        Mentions(claimText, claim, actorId, claims[claim].Evidence.SourceId) || (claims[claim].Mentioned?.Contains(actorId, StringComparer.Ordinal) ?? false);

    /// <summary>
    /// Who a claim's speaker is in an answer: the linked actor's name ("he", "Paul McCulley, an economist at UBS
    /// Securities," and "the Kremlin spokesman" read as the person), else the source's own words ("Police").
    /// </summary>
    private string SpeakerName(Claim c) =>
        c.Speaker.ActorId is { } id && actors.TryGetValue(id, out var actor) ? actor.Name : c.Speaker.Text;

    private static bool IsPronoun(string text) =>
        text.ToUpperInvariant() is "HE" or "SHE" or "THEY" or "IT" or "WE";

    private static FrozenDictionary<string, int[]> Group(IEnumerable<(string Key, int Index)> pairs) =>
        pairs.GroupBy(p => p.Key, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Index).Distinct().Order().ToArray(), StringComparer.Ordinal);

    // A claim's speaker as a question may name them: by name, or by the offices the claim's own article gives them, in
    // any written form ("spokesman" for a stored "spokesperson").
    private IEnumerable<string?> SpeakerWords(Claim c) =>
        c.Speaker.ActorId is { } id && actors.TryGetValue(id, out var speaker)
            ? new[] { speaker.Name, IsCompany(speaker) ? "company firm" : null }.Concat(speaker.Roles.Where(r => r.Evidence?.SourceId == c.Evidence.SourceId).SelectMany(RoleWords))
            : [];

    /// <summary>Whether an actor's name says it is the country's ("Norwegian Public Roads Administration" of Norway).</summary>
    private bool CountrysBody(string actorId, string countryId)
    {
        if (!actors.TryGetValue(actorId, out var body) || !actors.TryGetValue(countryId, out var country) || body.Kind == ActorKind.Country)
        {
            return false;
        }

        var name = " " + body.Name + " ";
        return country.Names.Concat(AffiliationResolver.DemonymsOf(country.Name))
            .Any(word => name.Contains(" " + word + " ", StringComparison.OrdinalIgnoreCase));
    }

    // "according to the company" of a speaker whose name ends in a company's legal form ("Ñirehue Acuícola SA", "Reed PLC").
    private static bool IsCompany(Actor actor) =>
        actor.Kind == ActorKind.Organization && actor.Name.Split(' ') is { Length: > 1 } words
        && CompanyLegalForms.Contains(words[^1].TrimEnd('.', ','));

    private static readonly FrozenSet<string> CompanyLegalForms = EmbeddedData.DataLines("Answering.Resources.company-legal-forms.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // An office as a question may word it: its title in any written form, and whose it is.
    private IEnumerable<string?> RoleWords(ActorRole role) =>
        new[] { role.Title, Name(role.Of) }.Concat(TitleLexicon.Default.SpokenFormsOf(role.Title));

    // An owner no stored actor has (a country resolved from a demonym with no registry) reads as its id's words.
    private string? Name(string? id) => id is null ? null : actors.TryGetValue(id, out var a) ? a.Name
        : string.Join(' ', id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(AnswerText.Capitalised));

    private IEnumerable<string> Names(string? id) => id is not null && actors.TryGetValue(id, out var a) ? a.Aliases : [];

    private enum Answers
    {
        Date,

        /// <summary>The day a claim was made: "When did the ministry announce ...?".</summary>
        SaidDate,

        /// <summary>The day an event lasts until: "How long will the plant stay shut?".</summary>
        Until,
        Place,
        Number,
        List,
        Quote,
        Speaker,
        Role,
        Age,
        Doer,

        /// <summary>A person the story gives no office, described by the age and words its sentence gives.</summary>
        Person,
    }

    // Which fact answers, and how well: the answer itself is built only for the few shown.
    private readonly record struct Candidate(Answers Kind, int Index, double Score);

    [GeneratedRegex(@"\bper\s+(?=(?:the|its|his|her|their)\s|\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex PerSource();
}
