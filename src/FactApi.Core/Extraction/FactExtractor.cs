using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Claims;
using FactApi.Core.Extraction.Dates;
using FactApi.Core.Extraction.Events;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction;

/// <summary>
/// The extraction pipeline: sentences and tokens, names (learned tagger), actors (registry first), time
/// expressions anchored on the publication date, then claims and events that cite their sentence. Titles around
/// names become the actors' roles, and surnames and title phrases are linked back to the person named earlier.
/// </summary>
public sealed partial class FactExtractor(IReadOnlyList<Actor> registry) : IFactExtractor
{
    private readonly ActorLinker linker = new(registry);
    private readonly RoleFinder roleFinder = new(registry);
    private readonly Coreference coreference = new(registry);
    private readonly Dictionary<string, Actor> known = registry.ToDictionary(a => a.Id, StringComparer.Ordinal);
    private readonly HashSet<string> countries = registry.Where(a => a.Kind == ActorKind.Country).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);

    public FactSet Extract(ExtractionInput input, Source source)
    {
        var (sentences, tokens, mentions, roles, found) = Sentences(input);
        // Page furniture (link lists, captions) can run into the next sentence; no claim or event may come from it.
        var noise = new NoiseLines(input.Text);
        var scope = TopicScope.Of(mentions, CountryName);
        var claims = ClaimExtractor.Extract(input, sentences, tokens, noise, source.Publisher).Select(c => WithMentioned(TopicScope.Apply(c, scope), mentions)).ToList();
        var parties = StoryParties.Parties(input.Text, mentions);
        var heads = StoryParties.Heads(mentions);
        var events = EventExtractor.Extract(input, sentences, countries).Where(e => !noise.Overlaps(e.Evidence.Start, e.Evidence.End))
            .Select(e => StoryParties.Resolve(e, parties, heads)).ToList();

        // Actors this text says something about: speakers, event parties, anyone it gives an office ("French President
        // Emmanuel Macron") and whose office it is (so "Who runs X?" can name X).
        var used = claims.Select(c => c.Speaker.ActorId).OfType<string>()
            .Concat(events.SelectMany(e => e.Actors))
            .Concat(roles.Where(r => !noise.Contains(r.SentenceStart)).SelectMany(r => r.Of is null ? [r.ActorId] : new[] { r.ActorId, r.Of }))
            .ToHashSet(StringComparer.Ordinal);
        // "Olumide Adebayo, the 63-year-old chairman of the National Census Commission,": the phrase is the person's
        // mention, so the commission's own mention inside it is gone; the office's owner is still an actor of the text.
        var named = mentions.Select(m => m.ActorId).ToHashSet(StringComparer.Ordinal);
        // A lone word ("a spokesman for Orvane") is more often the short form of a name the text gives in full ("Orvane
        // Space Systems"), which coreference did not reach inside the phrase: only a name of more words is kept.
        var owners = found.Where(m => !named.Contains(m.ActorId) && m.Text.Contains(' ', StringComparison.Ordinal) && roles.Any(r => r.Of == m.ActorId));
        var actors = mentions.Concat(owners).Where(m => used.Contains(m.ActorId)).GroupBy(m => m.ActorId, StringComparer.Ordinal)
            .Select(g => known.TryGetValue(g.Key, out var actor) ? actor with { Roles = Roles(input, roles, g.Key) } : new Actor(g.Key, NameOf(g), g.First().Kind, ShortForms(g), Roles(input, roles, g.Key)))
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var chains = mentions.Where(m => used.Contains(m.ActorId)).Select(m => new Mention(m.ActorId, m.Text, m.Start, m.End)).ToList();
        return new FactSet(source with { Counts = new FactCounts(actors.Count, events.Count, claims.Count) }, actors, events, claims, input.Text, chains);
    }

    /// <summary>The actors a claim's sentence refers to, other than its speaker, in the order it first names them.</summary>
    private static Claim WithMentioned(Claim claim, IReadOnlyList<ActorMention> mentions)
    {
        List<string>? ids = null;
        foreach (var m in mentions)
        {
            if (m.Start >= claim.Evidence.End)
            {
                break;
            }

            if (m.Start >= claim.Evidence.Start && m.ActorId != claim.Speaker.ActorId && !(ids?.Contains(m.ActorId) ?? false))
            {
                (ids ??= []).Add(m.ActorId);
            }
        }

        return ids is null ? claim : claim with { Mentioned = ids };
    }

    private string CountryName(string id) =>
        known.TryGetValue(id, out var actor) ? actor.Name : Countries.NameOf(id) ?? id;

    /// <summary>
    /// The short forms coreference gave an actor the registry does not know: capitals ("MTG", "HWA"), and an
    /// organisation's first word alone ("Brunnhof" for "Brunnhof Chocolatier AG"). Kept as aliases, so a question may
    /// name the actor the way the article went on to.
    /// </summary>
    private static List<string> ShortForms(IGrouping<string, ActorMention> mentions)
    {
        var name = NameOf(mentions);
        // Only a word that is a name and nothing else: "Kenya Bankers Association" is not "Kenya", nor "National Rail Board" "National".
        var first = mentions.First().Kind == ActorKind.Organization && name.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space
            && name[..space] is var word && Countries.Named(FactApi.Core.Text.SearchKey.Fold(word)) is null && Claims.Tagging.WordSenses.Of(word) == 0 ? word : null;
        return mentions.Select(m => Coreference.StripPossessive(m.Text))
            .Where(t => (Coreference.IsAcronym(t) && ActorIds.FromName(t) != mentions.Key) || (first is not null && string.Equals(t, first, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// An actor the registry does not know is named by the mention its id was made from, not by whichever mention
    /// comes first: that may be a title or pronoun that coreference gave it ("spokeswoman", "she"); a country named only
    /// by its people ("Iraqi officials") by the country's name.
    /// </summary>
    private static string NameOf(IGrouping<string, ActorMention> mentions) =>
        mentions.FirstOrDefault(m => ActorIds.FromName(m.Text) == mentions.Key)?.Text
        ?? (mentions.First().Kind == ActorKind.Country ? Countries.NameOf(mentions.Key) : null)
        ?? mentions.MaxBy(m => m.Text.Length)!.Text;

    /// <summary>
    /// Names the tagger took for places, organisations or other things, which coreference leaves alone; but not a
    /// lone word that is the last word of a person the tagger found ("a charge Gonzalez denied" tagged as a place,
    /// after "Juan Gonzalez"): that is the tagger losing the person, not a place of the same name.
    /// </summary>
    private static IEnumerable<(int Start, int End)> OtherNames(string text, IReadOnlyList<EntitySpan> names)
    {
        var surnames = names.Where(n => n.Label == "PER" && n.TokenCount > 1)
            .Select(n => text[n.Start..n.End]).Select(n => n[(n.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
        return names.Where(n => n.Label != "PER" && !(n.TokenCount == 1 && surnames.Contains(text[n.Start..n.End]))).Select(n => (n.Start, n.End));
    }

    /// <summary>Sentences with their actor mentions, names and time expressions; the tokens and all mentions of the article.</summary>
    private (List<SentenceView> Sentences, IReadOnlyList<Token> Tokens, IReadOnlyList<ActorMention> Mentions, IReadOnlyList<FoundRole> Roles, IReadOnlyList<ActorMention> Found) Sentences(ExtractionInput input)
    {
        var document = Document.Create(input.Text);
        NameTagger.Default.Apply(document);
        PlaceHeads.Relabel(input.Text, document.Entities);
        OrganisationAppositions.Relabel(input.Text, document.Entities);
        WhichNames.Relabel(input.Text, document.Entities);
        var anchor = input.PublishedAt ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var times = TemporalTagger.Default.Tag(input.Text, anchor);
        var found = linker.Find(input.Text, document.Entities);
        var roles = roleFinder.Find(input.Text, document.Sentences, found);
        var taken = times.Select(t => (t.Start, t.End)).Concat(OtherNames(input.Text, document.Entities)).ToList();
        var mentions = coreference.Resolve(input.Text, found, roles, taken, anchor, input.Title);
        roles = OwnerNouns.Resolve(Relinked(roles, found, mentions), mentions);
        var mentionsOf = SentenceBuckets.Split(document.Sentences, mentions, m => (m.Start, m.End));
        var timesOf = SentenceBuckets.Split(document.Sentences, times, t => (t.Start, t.End));
        var namesOf = SentenceBuckets.Split(document.Sentences, document.Entities, e => (e.Start, e.End));
        var sentences = document.Sentences.Select((s, i) => new SentenceView(
            s.Start, s.End, input.Text[s.Start..s.End], mentionsOf[i], timesOf[i], namesOf[i])).ToList();
        return (sentences, document.Tokens, mentions, roles, found);
    }

    /// <summary>
    /// Roles are found before coreference links a mention to the actor named before it ("Union president ..." to the
    /// "Cerro Blanco Workers' Union No. 1"): an office held by or of such a mention is the linked actor's, when every
    /// mention of the old id went to that one actor (a mention inside an office's phrase, which coreference drops, goes nowhere).
    /// </summary>
    private static IReadOnlyList<FoundRole> Relinked(IReadOnlyList<FoundRole> roles, IReadOnlyList<ActorMention> found, IReadOnlyList<ActorMention> resolved)
    {
        var now = resolved.ToDictionary(m => (m.Start, m.End), m => m.ActorId);
        var moved = found.GroupBy(m => m.ActorId, StringComparer.Ordinal)
            .Select(g => (Old: g.Key, New: g.Select(m => now.GetValueOrDefault((m.Start, m.End))).OfType<string>().Distinct(StringComparer.Ordinal).ToList()))
            .Where(x => x.New is [{ } single] && single != x.Old)
            .ToDictionary(x => x.Old, x => x.New[0]!, StringComparer.Ordinal);
        return moved.Count == 0 ? roles
            : roles.Select(r => r with { ActorId = moved.GetValueOrDefault(r.ActorId, r.ActorId), Of = r.Of is null ? null : moved.GetValueOrDefault(r.Of, r.Of) }).ToList();
    }

    /// <summary>The offices this text gives an actor, each once, dated by publication and citing its first sentence.</summary>
    private static List<ActorRole> Roles(ExtractionInput input, IReadOnlyList<FoundRole> roles, string actorId) =>
        roles.Where(r => r.ActorId == actorId)
            .DistinctBy(r => (r.Title.ToUpperInvariant(), r.Of))
            .Select(r => new ActorRole(
                r.Title,
                r.Of,
                input.PublishedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                null,
                new Evidence(input.SourceId, input.Url, input.Title, input.PublishedAt, input.Text[r.SentenceStart..r.SentenceEnd], r.SentenceStart, r.SentenceEnd)))
            .ToList();
}
