using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Answering;

/// <summary>
/// "How old is X?": news gives a person's age between commas after the name ("Schiff, 56, who has served ...", "Ingrid, now 15,",
/// "Glenn, who at 77 is about to fly again",
/// "Iraq War veteran Tom Young, 30, lay down ...", "Ada Lind, aged 30,"), as an apposition ("Ada Lind, a 30-year-old
/// nurse,") or before the name ("30-year-old Ada Lind"). Every sentence a stored fact cites is read once per dataset
/// for a known person's name or surname so followed; the age is as of that article's publication date.
/// </summary>
public sealed partial class QuestionAnswerer
{
    private readonly (string ActorId, int Age, Evidence Evidence)[] ages;

    /// <summary>
    /// The ages the cited sentences give. A surname two people share names neither, unless the sentence is a claim or
    /// role of one of them ("Denholm, 44, ... said" of the minister, whose husband shares her surname).
    /// </summary>
    private static (string ActorId, int Age, Evidence Evidence)[] Ages(IEnumerable<Actor> people, IEnumerable<(Evidence Evidence, string? Who)> sentences, IEnumerable<Claim> claims, IEnumerable<Event> events)
    {
        var surnameOf = people.Where(a => a.Kind == ActorKind.Person).ToDictionary(a => a.Id, a => a.Name.Split(' ')[^1], StringComparer.Ordinal);
        var forenameOf = people.Where(a => a.Kind == ActorKind.Person && a.Name.Contains(' ', StringComparison.Ordinal)).ToDictionary(a => a.Id, a => a.Name.Split(' ')[0], StringComparer.Ordinal);
        var byName = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var person in people.Where(a => a.Kind == ActorKind.Person))
        {
            foreach (var name in person.Names.Where(n => n.Length > 2 && char.IsUpper(n[0])).Append(person.Name.Split(' ')[^1]))
            {
                // A surname two people share names neither.
                byName[name] = byName.TryGetValue(name, out var other) && other != person.Id ? null : person.Id;
            }
        }

        var found = new List<(string, int, Evidence)>();
        foreach (var (evidence, who) in sentences.DistinctBy(e => (e.Evidence.SourceId, e.Evidence.Start, e.Who)))
        {
            foreach (Match match in AgeAfterName().Matches(evidence.Sentence).Concat(AgeBeforeName().Matches(evidence.Sentence)))
            {
                var name = match.Groups["name"].Value;
                // "says Ingrid, now 15," of the claim's own speaker Ingrid Haugen: her forename names her in her own claim.
                var id = byName.GetValueOrDefault(name) ?? byName.GetValueOrDefault(name.Split(' ')[^1])
                    ?? (who is not null && (surnameOf.GetValueOrDefault(who) == name.Split(' ')[^1] || forenameOf.GetValueOrDefault(who) == name) ? who : null);
                if (id is not null && int.TryParse(match.Groups["age"].Value, CultureInfo.InvariantCulture, out var age) && age is > 0 and < 120)
                {
                    found.Add((id, age, evidence));
                }
            }
        }

        // "..., the 49-year-old said": a speaker called by age is the person the claim was resolved to.
        foreach (var claim in claims)
        {
            if (claim.Speaker.ActorId is { } speaker && SpeakerByAge().Match(claim.Speaker.Text) is { Success: true } aged
                && int.TryParse(aged.Groups["age"].Value, CultureInfo.InvariantCulture, out var age) && age is > 0 and < 120)
            {
                found.Add((speaker, age, claim.Evidence));
            }
        }

        // "The 24-year-old Rabo-Vesta rider attacked ...": a sentence that opens by calling someone by age is about the
        // person it was resolved to, the first its claims or events name (docs/extraction.md, the lead's person).
        foreach (var (evidence, first) in claims.Select(c => (c.Evidence, First: SpeakerByAge().IsMatch(c.Speaker.Text) ? c.Speaker.ActorId : c.Mentioned?.FirstOrDefault()))
            .Concat(events.Select(e => (e.Evidence, First: e.Actors.FirstOrDefault()))))
        {
            if (first is not null && surnameOf.ContainsKey(first) && SpeakerByAge().Match(evidence.Sentence) is { Success: true } opening
                && int.TryParse(opening.Groups["age"].Value, CultureInfo.InvariantCulture, out var age) && age is > 0 and < 120)
            {
                found.Add((first, age, evidence));
            }
        }

        return [.. found.DistinctBy(f => (f.Item1, f.Item3.SourceId))];
    }

    // "How old is Kenya's foreign affairs secretary Daniel Maina?" asks the person's age, not the country's that
    // comes first.
    private List<Candidate> FromAges(ParsedQuestion q, List<Keyword> keywords)
    {
        var person = q.ActorIds.FirstOrDefault(id => actors.TryGetValue(id, out var a) && a.Kind == ActorKind.Person);
        if (person is null && keywords.Count > 0)
        {
            return FromOfficeAges(q, keywords);
        }

        if (q.ActorIds.Count == 0)
        {
            return [];
        }

        person ??= q.ActorIds[0];
        return ages.Select((a, i) => (a, i)).Where(x => x.a.ActorId == person)
            // The latest article's age first.
            .Select(x => new Candidate(Answers.Age, x.i, 1 + (x.a.Evidence.PublishedAt?.DayNumber ?? 0) * 1e-9)).ToList();
    }

    /// <summary>
    /// "How old is the Kenyan central bank governor?", "How old is the union leader?": no person is named, an office is;
    /// the age is its holder's. "leader", "head" or "boss" is any office that leads (leader-titles.txt); a word only the
    /// headline of the role's story holds counts half. The actors the question names must be the office's body or be
    /// named in it.
    /// </summary>
    private List<Candidate> FromOfficeAges(ParsedQuestion q, List<Keyword> keywords)
    {
        var result = new List<Candidate>();
        for (var i = 0; i < roles.Length; i++)
        {
            var (holder, role) = roles[i];
            if (RoleInvolves(i, q.ActorIds) is not { } inStory)
            {
                continue;
            }

            var leads = Leads(role.Title);
            double Held(Keyword k) => LeaderWords.Contains(k.Word) && leads ? 1 : RoleMatch(i, k);
            var coverage = keywords.Sum(Held) / keywords.Count * (inStory ? StoryCountryWeight : 1);
            // An office must be asked of: "How old is Tembo?" of an elephant no fact names is not the age of the zoo
            // director whose sentence mentions her.
            if (coverage < minScore || keywords.Any(k => k.Required && Held(k) == 0) || !keywords.Any(k => roleText.Match(i, k) > 0 || (leads && LeaderWords.Contains(k.Word))))
            {
                continue;
            }

            foreach (var (a, at) in ages.Select((a, at) => (a, at)).Where(x => x.a.ActorId == holder.Id))
            {
                result.Add(new Candidate(Answers.Age, at, coverage + (a.Evidence.PublishedAt?.DayNumber ?? 0) * 1e-9));
            }
        }

        return result;
    }

    /// <summary>
    /// Whether the role involves every actor asked of: its body, its holder or named in its words (false), or some only
    /// as a country the role's story is about (true: "How old is Colombia's central bank governor?" of "Governor Esteban
    /// Villamizar told reporters" in a story about Colombia, which counts less); null when one is not involved at all.
    /// </summary>
    private bool? RoleInvolves(int i, IReadOnlyList<string> actorIds)
    {
        var (holder, role) = roles[i];
        var inStory = false;
        foreach (var a in actorIds)
        {
            if (a == role.Of || a == holder.Id || Mentions(roleText, i, a))
            {
                continue;
            }

            if (role.Evidence is not { } evidence || !storyCountries.Contains((evidence.SourceId, a)))
            {
                return null;
            }

            inStory = true;
        }

        return inStory;
    }

    private static readonly FrozenSet<string> LeaderWords = FrozenSet.Create(StringComparer.Ordinal, "leader", "head", "boss", "chief");

    private AnswerBody AgeBody((string ActorId, int Age, Evidence Evidence) found)
    {
        var name = Name(found.ActorId);
        var asOf = found.Evidence.PublishedAt is { } day ? $" (on {day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})" : "";
        return new AnswerBody($"{name}: {found.Age} years old{asOf}", "number",
            new JsonObject { ["value"] = found.Age, ["qualifier"] = null, ["unit"] = "years", ["speaker"] = null });
    }

    /// <summary>"Tadashi Ogura, 74, a dairy farmer": the name, the age and the noun phrase the sentence puts beside them.</summary>
    private AnswerBody PersonBody((string ActorId, int Age, Evidence Evidence) found)
    {
        var name = Name(found.ActorId) ?? found.ActorId;
        var described = AgeAfterName().Matches(found.Evidence.Sentence)
            .Where(m => m.Groups["age"].Value == found.Age.ToString(CultureInfo.InvariantCulture) && name.Split(' ')[^1] == m.Groups["name"].Value.Split(' ')[^1])
            .Select(m => Apposition().Match(found.Evidence.Sentence, m.Index + m.Length))
            .FirstOrDefault(m => m.Success)?.Groups["what"].Value;
        var text = described is null ? $"{name}, {found.Age}" : $"{name}, {found.Age}, {described}";
        return new AnswerBody(text, "person", new JsonObject { ["actor"] = found.ActorId, ["age"] = found.Age, ["description"] = described });
    }

    // After "Name, 74": ", a dairy farmer who ..." or, after "Name, a 30-year-old": " nurse,": a few words up to a
    // comma, a relative pronoun or the sentence's end.
    [GeneratedRegex(@"\G(?:,\s(?<what>(?:an?|the)\s[\p{Ll}\p{Lu}][\p{L}'’-]*(?:\s(?!who\b|which\b|that\b|whose\b)[\p{L}'’-]+){0,5})(?=[,.;]|\s(?:who|which|that|whose)\b)|\s(?<what>\p{Ll}[\p{L}'’-]*(?:\s\p{Ll}[\p{L}'’-]*){0,3})(?=[,.;]))", RegexOptions.CultureInvariant)]
    private static partial Regex Apposition();

    // A capitalised name, a comma, and an age of one to three digits that ends the apposition ("Schiff, 56, who",
    // "Lind, aged 30,") or opens it ("Lind, a 30-year-old nurse"), or "at" an age before a verb ("Glenn, who at 77 is").
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'\u2019.-]+(?: \p{Lu}[\p{L}'\u2019.-]+){0,3}),\s(?:(?:aged\s|now\s)?(?<age>\d{1,3})(?=[,.;])|(?:an?\s|the\s)?(?<age>\d{1,3})-year-old\b|(?:who\s)?at\s(?<age>\d{1,3})(?=,|\s(?:is|was|has|had|will|remains|became)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex AgeAfterName();

    [GeneratedRegex(@"^[Tt]he\s(?<age>\d{1,3})-year-old\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerByAge();

    // "30-year-old Ada Lind": only when the name follows at once ("the 6-year-old son of Ada Lind" is not her age).
    [GeneratedRegex(@"\b(?<age>\d{1,3})-year-old\s(?<name>\p{Lu}[\p{L}'\u2019.-]+(?: \p{Lu}[\p{L}'\u2019.-]+){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex AgeBeforeName();
}
