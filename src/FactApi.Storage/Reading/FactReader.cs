using System.Globalization;
using Azure;
using Azure.Data.Tables;
using FactApi.Core.Model;
using FactApi.Core.Text;
using FactApi.Storage.Tables;
using FactApi.Storage.Writing;

namespace FactApi.Storage.Reading;

/// <summary>
/// The read side of every route: point reads by id, and lists as single-partition range queries with signed
/// cursors. docs/storage.md lists the keys and round trips of each.
/// </summary>
public sealed class FactReader(TableServiceClient tables, TableNames names, DatasetVersion version, CursorCodec cursors)
{
    private const string End = "\uffff";

    /// <summary>The dataset version, read from storage at most once a second per instance.</summary>
    public ValueTask<string> VersionAsync(CancellationToken cancellationToken) => version.CurrentAsync(cancellationToken);

    public Task<Actor?> GetActorAsync(string id, CancellationToken cancellationToken) => PointAsync<Actor>(names.Actors, Partitions.Actor, id, cancellationToken);

    public Task<Claim?> GetClaimAsync(string id, CancellationToken cancellationToken) => PointAsync<Claim>(names.Claims, Partitions.Claim, id, cancellationToken);

    public Task<Dispute?> GetDisputeAsync(string id, CancellationToken cancellationToken) => PointAsync<Dispute>(names.Claims, Partitions.Dispute, id, cancellationToken);

    /// <summary>Disputes one actor is a side of, that overlap the date range, or that mention the words.</summary>
    public async Task<Page<Dispute>> ListDisputesAsync(string? actorId, DateOnly? from, DateOnly? to, string? text, int limit, string? cursor, CancellationToken cancellationToken)
    {
        var words = Words(text);
        bool Keep(TableEntity entity)
        {
            var dispute = FactEntities.Read<Dispute>(entity);
            return (actorId is null || dispute.Sides.Any(s => s.ActorId == actorId))
                && (from is null || dispute.Date >= from)
                && (to is null || dispute.Date <= to)
                && ContainsAll(SearchKey.Fold($"{dispute.Topic} {string.Join(' ', dispute.Sides.Select(s => s.Speaker + " " + s.Content))}"), words);
        }

        return await PageAsync(Table(names.Claims), Partitions.Dispute, $"disputes|{actorId}|{from}|{to}|{text}", "", End, Keep, FactEntities.Read<Dispute>, limit, cursor, cancellationToken);
    }

    public Task<Source?> GetSourceAsync(string id, CancellationToken cancellationToken) => PointAsync<Source>(names.Sources, Partitions.Source, id, cancellationToken);

    /// <summary>An actor id from an id, a name or alias (any case or accents), or a close misspelling of one.</summary>
    public async Task<string?> ResolveActorAsync(string nameOrId, CancellationToken cancellationToken)
    {
        if (await GetActorAsync(nameOrId, cancellationToken) is { } byId)
        {
            return byId.Id;
        }

        var folded = SearchKey.Fold(nameOrId);
        if (folded.Length == 0)
        {
            return null;
        }

        var prefix = TableKey.Encode(folded) + "|";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partitions.Name} and RowKey gt {prefix} and RowKey lt {prefix + End}");
        await foreach (var entity in Table(names.Actors).QueryAsync<TableEntity>(filter, select: [FactEntities.ActorId], cancellationToken: cancellationToken))
        {
            return entity.GetString(FactEntities.ActorId);
        }

        var best = (await RankActorsAsync(folded, null, cancellationToken)).FirstOrDefault();
        return best?.Id;
    }

    public async Task<Page<Actor>> SearchActorsAsync(string? text, ActorKind? kind, int limit, string? cursor, CancellationToken cancellationToken)
    {
        var current = await version.CurrentAsync(cancellationToken);
        var query = $"actors|{text}|{kind}";
        var offset = cursor is null ? 0 : int.Parse(await cursors.DecodeAsync(cursor, query, current, cancellationToken), CultureInfo.InvariantCulture);
        var ranked = await RankActorsAsync(text is null ? "" : SearchKey.Fold(text), kind, cancellationToken);
        var items = ranked.Skip(offset).Take(limit).ToList();
        var next = offset + limit < ranked.Count
            ? await cursors.EncodeAsync((offset + limit).ToString(CultureInfo.InvariantCulture), query, current, cancellationToken)
            : null;
        return new Page<Actor>(items, next);
    }

    public async Task<Page<Claim>> ListClaimsAsync(ClaimQuery query, int limit, string? cursor, CancellationToken cancellationToken)
    {
        var (partition, dateOrdered) = query switch
        {
            { SpeakerId: { } speaker } => (Partitions.Speaker(speaker), true),
            { Topic: { } topic } => (Partitions.Topic(topic), true),
            { SourceId: { } source } => (Partitions.OfSource(source), false),
            _ => (Partitions.ByDate, true),
        };
        var words = Words(query.Text);
        bool Keep(TableEntity entity)
        {
            var claim = FactEntities.Read<Claim>(entity);
            var date = Partitions.ClaimDateKey(claim);
            return (query.SpeakerId is null || claim.Speaker.ActorId == query.SpeakerId)
                && (query.Topic is null || SearchKey.Fold(claim.Topic ?? "") == SearchKey.Fold(query.Topic))
                && (query.SourceId is null || claim.Evidence.SourceId == query.SourceId)
                && (query.From is null || string.CompareOrdinal(date, Partitions.DateKey(query.From.Value)) >= 0)
                && (query.To is null || string.CompareOrdinal(date, Partitions.DateKey(query.To.Value)) <= 0)
                && ContainsAll(SearchKey.Fold($"{claim.Content} {claim.Speaker.Text} {claim.Topic} {claim.Cue}"), words);
        }

        var (after, upTo) = dateOrdered ? DateRange(query.From, query.To) : ("", End);
        return await PageAsync(Table(names.Claims), partition, query.Describe(), after, upTo, Keep, FactEntities.Read<Claim>, limit, cursor, cancellationToken);
    }

    public async Task<Page<Event>> ListEventsAsync(EventQuery query, int limit, string? cursor, CancellationToken cancellationToken)
    {
        var partition = query.ActorId is { } actor ? Partitions.ActorEvents(actor) : Partitions.ByDate;
        var words = Words(query.Text);
        var place = query.Place is null ? null : SearchKey.Fold(query.Place);
        bool Keep(TableEntity entity)
        {
            var @event = FactEntities.Read<Event>(entity);
            return (query.From is null || (@event.When is { } when && when.End >= query.From.Value))
                && (query.To is null || (@event.When is { } starts && starts.Start <= query.To.Value))
                && (place is null || SearchKey.Fold(@event.Place ?? "").Contains(place, StringComparison.Ordinal))
                && ContainsAll(SearchKey.Fold($"{@event.What} {@event.Place} {@event.Evidence.Sentence}"), words);
        }

        // Events are keyed by their first day, so one that starts before 'from' may still overlap: only 'to' bounds the range.
        var (_, upTo) = DateRange(null, query.To);
        return await PageAsync(Table(names.Events), partition, query.Describe(), "", upTo, Keep, FactEntities.Read<Event>, limit, cursor, cancellationToken);
    }

    public async Task<Page<Source>> ListSourcesAsync(int limit, string? cursor, CancellationToken cancellationToken) =>
        await PageAsync(Table(names.Sources), Partitions.Source, "sources", "", End, _ => true, FactEntities.Read<Source>, limit, cursor, cancellationToken);

    private async Task<Page<T>> PageAsync<T>(
        TableClient table, string partition, string query, string after, string upTo, Func<TableEntity, bool> keep, Func<TableEntity, T> read,
        int limit, string? cursor, CancellationToken cancellationToken)
    {
        var current = await version.CurrentAsync(cancellationToken);
        if (cursor is not null)
        {
            after = await cursors.DecodeAsync(cursor, query, current, cancellationToken);
        }

        try
        {
            var (items, last) = await PartitionPager.ReadAsync(table, partition, after, upTo, keep, limit, cancellationToken);
            var next = last is null ? null : await cursors.EncodeAsync(last, query, current, cancellationToken);
            return new Page<T>(items.Select(read).ToList(), next);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return new Page<T>([], null);
        }
    }

    private async Task<List<Actor>> RankActorsAsync(string folded, ActorKind? kind, CancellationToken cancellationToken)
    {
        var scored = new List<(Actor Actor, int Score)>();
        try
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partitions.Actor}");
            await foreach (var entity in Table(names.Actors).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                var actor = FactEntities.Read<Actor>(entity);
                if (kind is not null && actor.Kind != kind)
                {
                    continue;
                }

                var score = folded.Length == 0 ? 1 : actor.Names.Max(n => NameMatcher.Score(folded, SearchKey.Fold(n)));
                if (score > 0)
                {
                    scored.Add((actor, score));
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }

        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.Actor.Id, StringComparer.Ordinal).Select(s => s.Actor).ToList();
    }

    private async Task<T?> PointAsync<T>(string tableName, string partition, string row, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var entity = await Table(tableName).GetEntityIfExistsAsync<TableEntity>(partition, TableKey.Encode(row), cancellationToken: cancellationToken);
            return entity.HasValue ? FactEntities.Read<T>(entity.Value!) : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private TableClient Table(string name) => tables.GetTableClient(name);

    private static (string After, string UpTo) DateRange(DateOnly? from, DateOnly? to) =>
        (from is null ? "" : Partitions.DateKey(from.Value), to is null ? End : Partitions.DateKey(to.Value) + End);

    private static string[] Words(string? text) => text is null ? [] : SearchKey.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Every query word starts a word of the text ("talk" finds "talks", "or" does not find "for").</summary>
    private static bool ContainsAll(string folded, string[] words)
    {
        var text = " " + folded;
        return words.All(w => text.Contains(" " + w, StringComparison.Ordinal));
    }
}
