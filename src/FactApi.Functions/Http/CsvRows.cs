using System.Globalization;
using FactApi.Core.Model;

namespace FactApi.Functions.Http;

/// <summary>The columns of each list route's CSV: flat, one row per item, lists joined with "; ".</summary>
public static class CsvRows
{
    public static string Write<T>(IReadOnlyList<T> items) => items switch
    {
        IReadOnlyList<Actor> actors => CsvWriter.Write(
            ["id", "name", "kind", "aliases", "roles", "description", "claimCount", "eventCount"], actors,
            a => [a.Id, a.Name, Kind(a.Kind), Join(a.Aliases), Join(a.Roles.Select(r => r.Of is null ? r.Title : $"{r.Title} of {r.Of}")), a.Description, Number(a.ClaimCount), Number(a.EventCount)]),
        IReadOnlyList<Claim> claims => CsvWriter.Write(
            ["id", "speakerId", "speakerText", "cue", "content", "form", "saidOn", "topic", "numbers", "sourceId", "url", "publishedAt", "sentence", "start", "end"], claims,
            c => [c.Id, c.Speaker.ActorId, c.Speaker.Text, c.Cue, c.Content, c.Form == QuoteForm.Direct ? "direct" : "indirect", c.SaidOn?.Value, c.Topic,
                Join(c.Numbers.Select(n => n.Text)), .. Evidence(c.Evidence)]),
        IReadOnlyList<Event> events => CsvWriter.Write(
            ["id", "what", "when", "start", "end", "place", "actors", "sourceId", "url", "publishedAt", "sentence", "evidenceStart", "evidenceEnd"], events,
            e => [e.Id, e.What, e.When?.Value, Date(e.When?.Start), Date(e.When?.End), e.Place, Join(e.Actors), .. Evidence(e.Evidence)]),
        IReadOnlyList<Source> sources => CsvWriter.Write(
            ["id", "kind", "url", "title", "publisher", "publishedAt", "lastFetchAt", "lastFetchStatus", "lastFetchError", "actors", "events", "claims"], sources,
            s => [s.Id, s.Kind.ToString().ToLowerInvariant(), s.Url, s.Title, s.Publisher, Date(s.PublishedAt), s.LastFetch?.At.ToString("O", CultureInfo.InvariantCulture),
                s.LastFetch?.Status, s.LastFetch?.Error, Number(s.Counts.Actors), Number(s.Counts.Events), Number(s.Counts.Claims)]),
        IReadOnlyList<Dispute> disputes => CsvWriter.Write(
            ["id", "topic", "date", "kind", "sides"], disputes,
            d => [d.Id, d.Topic, Date(d.Date), d.Kind, string.Join("; ", d.Sides.Select(s => $"{s.ActorId ?? s.Speaker}: {s.Value?.Text ?? s.Content}"))]),
        _ => throw new NotSupportedException($"No CSV columns are defined for {typeof(T).Name}."),
    };

    private static IEnumerable<string?> Evidence(Evidence e) =>
        [e.SourceId, e.Url, Date(e.PublishedAt), e.Sentence, Number(e.Start), Number(e.End)];

    private static string Kind(ActorKind kind) => kind.ToString().ToLowerInvariant();

    private static string Join(IEnumerable<string> values) => string.Join("; ", values);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
