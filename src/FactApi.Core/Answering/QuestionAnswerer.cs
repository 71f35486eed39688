using System.Text.Json.Nodes;
using FactApi.Core.Extraction.Actors;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Answering;

/// <summary>
/// Answers a question from stored facts only. Every answer cites the sentence it came from; when no fact matches
/// well enough (see <see cref="MinScore"/>) the question is declined with a reason instead of guessed.
/// </summary>
public sealed class QuestionAnswerer
{
    /// <summary>
    /// The least share of a question's content words a fact must contain. Measured on the question set in
    /// tests (docs/answering.md): 0.5 keeps every declined question declined while answering the answerable ones.
    /// </summary>
    public const double MinScore = 0.5;

    // A claim by a member of the named actor (the Kremlin spokesman for "the Kremlin") counts, a little less.
    private const double MemberWeight = 0.9;

    private readonly QuestionParser parser;
    private readonly Dictionary<string, Actor> actors;
    private readonly Dictionary<string, HashSet<string>> members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[][]> nameWords;
    private readonly List<(Event Fact, FactText Text, FactText Sentence)> events;
    private readonly List<(Claim Fact, FactText Text, FactText Said)> claims;
    private readonly List<(Dispute Fact, FactText Text)> disputes;
    private readonly List<(Actor Holder, ActorRole Role, FactText Text)> roles;

    private readonly double minScore;

    public QuestionAnswerer(FactSnapshot facts)
        : this(facts, MinScore)
    {
    }

    /// <summary>With another threshold: for measuring precision and recall as it moves.</summary>
    internal QuestionAnswerer(FactSnapshot facts, double minScore)
    {
        this.minScore = minScore;
        ArgumentNullException.ThrowIfNull(facts);
        parser = new QuestionParser(facts.Actors);
        actors = facts.Actors.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var actor in actors.Values)
        {
            foreach (var of in actor.Roles.Select(r => r.Of).OfType<string>())
            {
                if (!members.TryGetValue(of, out var set))
                {
                    members[of] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(actor.Id);
            }
        }

        // A country is mentioned by its demonym too: "Russian forces" mention Russia.
        var affiliations = new AffiliationResolver(facts.Actors);
        var demonyms = AffiliationResolver.DemonymWords.Select(d => (Word: SearchKey.Fold(d), Country: affiliations.Country(d)))
            .Where(d => d.Country is not null).ToLookup(d => d.Country!.Id, d => new[] { d.Word }, StringComparer.Ordinal);
        nameWords = actors.Values.ToDictionary(a => a.Id, a => a.Names.Select(n => SearchKey.Fold(n).Split(' ')).Concat(demonyms[a.Id]).ToArray(), StringComparer.Ordinal);
        // The same event read from two articles is one event.
        events = facts.Events.DistinctBy(e => (e.What, e.When?.Value))
            .Select(e => (e, new FactText([e.What, e.Place, e.Evidence.Sentence]), new FactText([e.Evidence.Sentence]))).ToList();
        claims = facts.Claims.Select(c => (c, new FactText([c.Cue, c.Content, c.Topic, c.Evidence.Sentence, .. c.Numbers.Select(n => n.Unit)]), new FactText([c.Content]))).ToList();
        disputes = facts.Disputes.Select(d => (d, new FactText([d.Topic, .. d.Sides.Select(s => s.Content), .. d.Sides.Select(s => s.Value?.Unit)]))).ToList();
        roles = actors.Values.SelectMany(a => a.Roles.Where(r => r.Evidence is not null)
                .Select(r => (a, r, new FactText([r.Title, Name(r.Of), .. Names(r.Of)]))))
            .ToList();
    }

    public Answer Ask(string question, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(question);
        var q = parser.Parse(question, asOf);
        var found = q.Kind switch
        {
            QuestionKind.When or QuestionKind.Where => FromEvents(q, asOf),
            QuestionKind.HowMany => q.EachSide ? FromDisputes(q) : FromNumbers(q),
            QuestionKind.Quote => FromQuotes(q),
            QuestionKind.Describe => Describe(q),
            QuestionKind.Who when q.AsksRole && q.ActorIds.Count == 1 && q.Keywords.Count == 0 => Describe(q),
            QuestionKind.Who when q.AsksRole => FromRoles(q),
            QuestionKind.Who => FromSpeakers(q),
            _ => [],
        };

        if (q.Kind == QuestionKind.Unknown)
        {
            return Answer.Declined(question, "The question is not of a kind this answerer understands (who, when, where, how many, what did X say).");
        }

        var ranked = found.Where(c => c.Score >= minScore).OrderByDescending(c => c.Score).ToList();
        if (ranked.Count == 0)
        {
            return Answer.Declined(question, "No stored fact matches the question well enough to answer it.");
        }

        var best = ranked[0];
        var bestBody = best.Make();
        var alternatives = ranked.Skip(1).Take(12).Select(c => c.Make()).Where(b => b.Text != bestBody.Text).DistinctBy(b => b.Text).Take(3).ToList();
        return new Answer(question, true, bestBody, best.Evidence, Math.Round(Math.Min(1, best.Score), 3), alternatives, null);
    }

    private List<Candidate> FromEvents(ParsedQuestion q, DateOnly asOf)
    {
        var result = new List<Candidate>();
        // "Where did X meet Y": an event both take part in is where they met, whatever verb its sentence uses.
        var keywords = q.ActorIds.Count >= 2 ? q.Keywords.Where(k => Synonyms.Group(k) != MeetingGroup).ToList() : q.Keywords;
        foreach (var (e, text, sentence) in events)
        {
            if (!q.ActorIds.All(a => e.Actors.Contains(a) || IsPlace(e, a)) || (q.Kind == QuestionKind.Where && e.Place is null) || (q.Kind == QuestionKind.When && e.When is null))
            {
                continue;
            }

            if (q.Date is not null && (e.When is null || !e.When.Overlaps(q.Date.Start, q.Date.End)))
            {
                continue;
            }

            var score = text.Coverage(keywords, q.ProperWords);
            // Tense picks between a past and a planned event on the same subject.
            if (e.When is not null && score > 0)
            {
                score += (e.When.End >= asOf) == q.Future ? 0.05 : 0;
            }

            // Between events alike, prefer the one whose sentence itself says it.
            score += 0.01 * (Math.Max(0, sentence.Coverage(q.Keywords, EmptySet)) + q.ActorIds.Count(a => Mentions(sentence, a))
                + (e.Place is not null && e.Evidence.Sentence.Contains(e.Place, StringComparison.Ordinal) ? 1 : 0));

            Func<AnswerBody> body = () => q.Kind == QuestionKind.When
                ? new AnswerBody(AnswerText.Date(e.When!), "date", JsonValue.Create(e.When!.Value))
                : new AnswerBody(e.Place!, "place", JsonValue.Create(e.Place));
            result.Add(new Candidate(body, [e.Evidence], score));
        }

        return result;
    }

    private List<Candidate> FromNumbers(ParsedQuestion q)
    {
        var result = new List<Candidate>();
        foreach (var (c, text, said) in claims)
        {
            if (c.Numbers.Count == 0)
            {
                continue;
            }

            var weight = Involves(c, text, q.ActorIds);
            var score = weight == 0 ? 0 : Score(q, text, said) * weight;
            if (score < minScore)
            {
                continue;
            }

            result.Add(new Candidate(() => NumberBody(c, q), [c.Evidence], score, c.Topic));
        }

        // When no side is named and the sides disagree, the answer is each side's count, not one of them.
        if (q.ActorIds.Count == 0 && result.Count > 0)
        {
            var top = result.MaxBy(r => r.Score)!;
            var dispute = disputes.FirstOrDefault(d => d.Fact.Topic == top.Topic && d.Fact.Kind == Disputes.DisputeFinder.Numbers);
            if (dispute.Fact is not null)
            {
                return [ListOf(dispute.Fact, top.Score + 0.01)];
            }
        }

        return result;
    }

    private static AnswerBody NumberBody(Claim c, ParsedQuestion q)
    {
            var number = c.Numbers.MaxBy(n => q.Keywords.Sum(k => new FactText([n.Unit, n.Text]).Match(k)))!;
            var value = new JsonObject { ["value"] = number.Value, ["qualifier"] = number.Qualifier, ["unit"] = number.Unit, ["speaker"] = c.Speaker.ActorId };
            return new AnswerBody($"{c.Speaker.Text}: {number.Text}" + (number.Text.Contains(number.Unit ?? "", StringComparison.Ordinal) ? "" : " " + number.Unit), "number", value);
    }

    private List<Candidate> FromDisputes(ParsedQuestion q) =>
        disputes.Where(d => d.Fact.Kind == Disputes.DisputeFinder.Numbers)
            .Select(d => ListOf(d.Fact, d.Text.Coverage(q.Keywords, q.ProperWords)))
            .ToList();

    private static Candidate ListOf(Dispute d, double score)
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

        var text = string.Join("; ", d.Sides.Select(s => $"{s.Speaker}: {s.Value?.Text ?? s.Content}"));
        return new Candidate(() => new AnswerBody(text, "list", items), d.Sides.Select(s => s.Evidence).ToList(), score);
    }

    private List<Candidate> FromQuotes(ParsedQuestion q)
    {
        if (q.ActorIds.Count == 0)
        {
            return [];
        }

        var result = new List<Candidate>();
        foreach (var (c, text, said) in claims)
        {
            var weight = SpeakerWeight(c, q.ActorIds[0]);
            var score = weight == 0 ? 0 : Score(q, text, said) * weight;
            if (score < minScore || !q.ActorIds.Skip(1).All(a => Mentions(text, a)))
            {
                continue;
            }

            Func<AnswerBody> body = () => new AnswerBody(AnswerText.Capitalised($"{c.Speaker.Text} {c.Cue} {c.Content}"), "quote",
                new JsonObject { ["speaker"] = c.Speaker.ActorId, ["cue"] = c.Cue, ["content"] = c.Content, ["claim"] = c.Id });
            result.Add(new Candidate(body, [c.Evidence], score));
        }

        return result;
    }

    private List<Candidate> FromSpeakers(ParsedQuestion q)
    {
        var result = new List<Candidate>();
        foreach (var (c, text, said) in claims)
        {
            if (c.Speaker.ActorId is null || !actors.TryGetValue(c.Speaker.ActorId, out var speaker) || !q.ActorIds.All(a => Mentions(text, a)))
            {
                continue;
            }

            // "Who said X?" with no content words matches every claim, which answers nothing.
            var score = q.Keywords.Count == 0 ? 0 : Score(q, text, said);
            if (score < minScore)
            {
                continue;
            }

            // A pronoun ("They warned...") names nobody; the actor it was resolved to does.
            Func<AnswerBody> body = () => new AnswerBody(IsPronoun(c.Speaker.Text) ? speaker.Name : c.Speaker.Text, "actor", new JsonObject { ["id"] = speaker.Id, ["name"] = speaker.Name });
            result.Add(new Candidate(body, [c.Evidence], score));
        }

        return result;
    }

    private List<Candidate> FromRoles(ParsedQuestion q)
    {
        if (q.Keywords.Count == 0)
        {
            return [];
        }

        return roles.Where(r => q.ActorIds.All(a => a == r.Role.Of || a == r.Holder.Id))
            .Select(r => new Candidate(() => RoleBody(r.Holder, r.Role), [r.Role.Evidence!], r.Text.Coverage(q.Keywords, q.ProperWords)))
            .ToList();
    }

    private List<Candidate> Describe(ParsedQuestion q)
    {
        if (q.ActorIds.Count == 0 || !actors.TryGetValue(q.ActorIds[0], out var actor))
        {
            return [];
        }

        return actor.Roles.Where(r => r.Evidence is not null)
            .Select(r => new Candidate(() => RoleBody(actor, r), [r.Evidence!], 1))
            .ToList();
    }

    private AnswerBody RoleBody(Actor holder, ActorRole role)
    {
        var title = role.Of is null ? role.Title : $"{role.Title} of {Name(role.Of)}";
        var value = new JsonObject { ["actor"] = holder.Id, ["title"] = role.Title, ["of"] = role.Of };
        return new AnswerBody($"{holder.Name}, {title}", "role", value);
    }

    // 1 when a named actor said it, less when a member of it did; every other named actor must be mentioned.
    private double Involves(Claim c, FactText text, IReadOnlyList<string> named)
    {
        if (named.Count == 0)
        {
            return 1;
        }

        var weight = SpeakerWeight(c, named[0]);
        var rest = weight > 0 ? named.Skip(1) : named;
        return rest.All(a => Mentions(text, a)) ? Math.Max(weight, 0.8) : 0;
    }

    private double SpeakerWeight(Claim c, string actorId) =>
        c.Speaker.ActorId == actorId ? 1
        : c.Speaker.ActorId is not null && members.TryGetValue(actorId, out var set) && set.Contains(c.Speaker.ActorId) ? MemberWeight
        : 0;

    private bool Mentions(FactText text, string actorId) =>
        nameWords.TryGetValue(actorId, out var names) && names.Any(n => n.All(w => text.Match(w) == 1));

    private static readonly HashSet<string> EmptySet = [];

    private static readonly string? MeetingGroup = Synonyms.Group("meet");

    private static bool IsPronoun(string text) =>
        text.ToUpperInvariant() is "HE" or "SHE" or "THEY" or "IT" or "WE";

    // Between claims alike, one whose content says the words beats one that only has them in its topic.
    private static double Score(ParsedQuestion q, FactText text, FactText said)
    {
        var score = text.Coverage(q.Keywords, q.ProperWords);
        return score < 0 ? score : score + 0.01 * said.Coverage(q.Keywords, EmptySet);
    }

    private bool IsPlace(Event e, string actorId) =>
        e.Place is not null && actors.TryGetValue(actorId, out var actor) && actor.Names.Any(n => string.Equals(n, e.Place, StringComparison.OrdinalIgnoreCase));

    private string? Name(string? id) => id is not null && actors.TryGetValue(id, out var a) ? a.Name : id;

    private IEnumerable<string> Names(string? id) => id is not null && actors.TryGetValue(id, out var a) ? a.Aliases : [];

    // The answer is built only for the few candidates shown: most facts that pass the threshold never are.
    private sealed record Candidate(Func<AnswerBody> Make, IReadOnlyList<Evidence> Evidence, double Score, string? Topic = null);
}
