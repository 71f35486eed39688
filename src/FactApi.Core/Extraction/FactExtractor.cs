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
/// expressions anchored on the publication date, then claims and events that cite their sentence.
/// </summary>
public sealed partial class FactExtractor(IReadOnlyList<Actor> registry) : IFactExtractor
{
    private readonly ActorLinker linker = new(registry);
    private readonly Dictionary<string, Actor> known = registry.ToDictionary(a => a.Id, StringComparer.Ordinal);
    private readonly HashSet<string> countries = registry.Where(a => a.Kind == ActorKind.Country).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);

    public FactSet Extract(ExtractionInput input, Source source)
    {
        var (sentences, mentions) = Sentences(input);
        var claims = ClaimExtractor.Extract(input, sentences);
        var events = EventExtractor.Extract(input, sentences, countries);
        var used = claims.Select(c => c.Speaker.ActorId).OfType<string>().Concat(events.SelectMany(e => e.Actors)).ToHashSet(StringComparer.Ordinal);
        var actors = mentions.Where(m => used.Contains(m.ActorId)).DistinctBy(m => m.ActorId)
            .Select(m => known.TryGetValue(m.ActorId, out var actor) ? actor with { Roles = [] } : new Actor(m.ActorId, m.Text, m.Kind, [], []))
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        return new FactSet(source with { Counts = new FactCounts(actors.Count, events.Count, claims.Count) }, actors, events, claims, input.Text);
    }

    /// <summary>Sentences with their actor mentions, names and time expressions; all mentions of the article.</summary>
    private (List<SentenceView> Sentences, IReadOnlyList<ActorMention> Mentions) Sentences(ExtractionInput input)
    {
        var document = Document.Create(input.Text);
        NameTagger.Default.Apply(document);
        var anchor = input.PublishedAt ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var times = TemporalTagger.Default.Tag(input.Text, anchor);
        var mentions = linker.Find(input.Text, document.Entities);
        var sentences = document.Sentences.Select(s => new SentenceView(
            s.Start, s.End, input.Text[s.Start..s.End],
            mentions.Where(m => m.Start >= s.Start && m.End <= s.End).ToList(),
            times.Where(t => t.Start >= s.Start && t.End <= s.End).ToList(),
            document.Entities.Where(e => e.Start >= s.Start && e.End <= s.End).ToList())).ToList();
        return (sentences, mentions);
    }
}
