using System.Text.Json;
using FactApi.Core.Model;

namespace FactApi.Core.Facts;

/// <summary>
/// Turns a curated fact file and its article text into a <see cref="FactSet"/>. Evidence is given as the exact
/// sentence; its character span is found in the text, so a citation can never point at words that are not there.
/// </summary>
public static class FactFileReader
{
    public static FactFileDocument ParseDocument(string json, string path)
    {
        try
        {
            return JsonSerializer.Deserialize(json, CuratedJsonContext.Default.FactFileDocument)
                ?? throw new FactFileException($"{path}: empty document.");
        }
        catch (JsonException e)
        {
            throw new FactFileException($"{path}: {e.Message}");
        }
    }

    public static FactSet Read(FactFileDocument document, string text, IReadOnlyList<Actor> registry, string path)
    {
        var source = document.Source ?? throw new FactFileException($"{path}: 'source' is required.");
        var sourceId = ActorRegistry.Required(source.Id, path, "source.id");
        if (!IdPattern.IsValid(sourceId))
        {
            throw new FactFileException($"{path}: source.id '{sourceId}' must be a lowercase slug.");
        }

        var known = registry.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var used = new Dictionary<string, Actor>(StringComparer.Ordinal);
        Actor Use(string? id, string where)
        {
            var actorId = ActorRegistry.Required(id, where, "actor");
            if (!known.TryGetValue(actorId, out var actor))
            {
                throw new FactFileException($"{where}: actor '{actorId}' is not in the actor registry.");
            }

            return used.TryGetValue(actorId, out var current) ? current : used[actorId] = actor with { Roles = [] };
        }

        Evidence Cite(string? sentence, string where)
        {
            var exact = ActorRegistry.Required(sentence, where, "sentence");
            var start = text.IndexOf(exact, StringComparison.Ordinal);
            return start < 0
                ? throw new FactFileException($"{where}: the sentence is not in the source text: \"{Shorten(exact)}\".")
                : new Evidence(sourceId, source.Url, source.Title, source.PublishedAt, exact, start, start + exact.Length);
        }

        for (var i = 0; i < document.Roles.Count; i++)
        {
            var role = document.Roles[i];
            var where = $"{path}: roles[{i}]";
            var actor = Use(role.Actor, where);
            var reported = source.PublishedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            used[actor.Id] = actor with
            {
                Roles = [.. actor.Roles, new ActorRole(ActorRegistry.Required(role.Title, where, "title"), role.Of, reported, null, Cite(role.Sentence, where))],
            };
        }

        var events = document.Events.Select((e, i) =>
        {
            var where = $"{path}: events[{i}]";
            var evidence = Cite(e.Sentence, where);
            var what = ActorRegistry.Required(e.What, where, "what");
            var actors = e.Actors.Select(a => Use(a, where).Id).Distinct(StringComparer.Ordinal).ToList();
            return new Event(FactIds.Event(sourceId, evidence.Start, evidence.End, what), what, Date(e.When, where, "when"), e.Place, actors, evidence);
        }).ToList();

        var claims = document.Claims.Select((c, i) =>
        {
            var where = $"{path}: claims[{i}]";
            var evidence = Cite(c.Sentence, where);
            var content = ActorRegistry.Required(c.Content, where, "content");
            var speakerText = ActorRegistry.Required(c.SpeakerText, where, "speakerText");
            var form = c.Form?.ToLowerInvariant() switch
            {
                "direct" => QuoteForm.Direct,
                "indirect" or null => QuoteForm.Indirect,
                _ => throw new FactFileException($"{where}: form '{c.Form}' must be direct or indirect."),
            };
            var numbers = c.Numbers.Select(n => new NumberMention(n.Value, n.Qualifier, n.Unit, ActorRegistry.Required(n.Text, where, "numbers.text"))).ToList();
            return new Claim(
                FactIds.Claim(sourceId, evidence.Start, evidence.End, content),
                new Speaker(c.Speaker is null ? null : Use(c.Speaker, where).Id, speakerText),
                ActorRegistry.Required(c.Cue, where, "cue"),
                content,
                form,
                Date(c.SaidOn, where, "saidOn"),
                c.Topic,
                numbers,
                evidence,
                c.Rating);
        }).ToList();

        var counts = new FactCounts(used.Count, events.Count, claims.Count);
        var sourceRecord = new Source(sourceId, SourceKind.Facts, source.Url ?? path, source.Title, source.Publisher, source.PublishedAt, null, counts);
        return new FactSet(sourceRecord, used.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(), events, claims, text);
    }

    private static TemporalValue? Date(string? value, string where, string field) =>
        value is null ? null
        : TemporalValue.TryParse(value, out var parsed) ? parsed
        : throw new FactFileException($"{where}: {field} '{value}' is not a TIMEX3 date such as 2025-05-15, 2025-05 or 2025-W20.");

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
