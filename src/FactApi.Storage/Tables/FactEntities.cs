using System.Text.Json;
using Azure.Data.Tables;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Storage.Tables;

/// <summary>Builds the entities for one fact: the primary entity and its index copies.</summary>
internal static class FactEntities
{
    public const string Data = "Data";
    public const string End = "End";
    public const string ActorId = "ActorId";
    public const string FactsHash = "FactsHash";

    public static IEnumerable<TableEntity> ForActor(Actor actor)
    {
        yield return new TableEntity(Partitions.Actor, actor.Id) { [Data] = Json(actor) };
        foreach (var name in actor.Names.Select(SearchKey.Fold).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
        {
            yield return new TableEntity(Partitions.Name, Partitions.NameRow(name, actor.Id)) { [ActorId] = actor.Id };
        }
    }

    public static IEnumerable<TableEntity> ForClaim(Claim claim)
    {
        var data = Json(claim);
        var date = Partitions.ClaimDateKey(claim);
        yield return new TableEntity(Partitions.Claim, claim.Id) { [Data] = data };
        yield return new TableEntity(Partitions.ByDate, TableKey.Join(date, claim.Id)) { [Data] = data };
        yield return new TableEntity(Partitions.OfSource(claim.Evidence.SourceId), claim.Id) { [Data] = data };
        if (claim.Speaker.ActorId is { } speaker)
        {
            yield return new TableEntity(Partitions.Speaker(speaker), TableKey.Join(date, claim.Id)) { [Data] = data };
        }

        if (!string.IsNullOrWhiteSpace(claim.Topic))
        {
            yield return new TableEntity(Partitions.Topic(claim.Topic), TableKey.Join(date, claim.Id)) { [Data] = data };
        }
    }

    public static IEnumerable<TableEntity> ForEvent(Event @event)
    {
        var data = Json(@event);
        var date = Partitions.DateKey(@event.When);
        var end = @event.When is null ? Partitions.NoDate : Partitions.DateKey(@event.When.End);
        yield return new TableEntity(Partitions.Event, @event.Id) { [Data] = data };
        yield return new TableEntity(Partitions.ByDate, TableKey.Join(date, @event.Id)) { [Data] = data, [End] = end };
        yield return new TableEntity(Partitions.OfSource(@event.Evidence.SourceId), @event.Id) { [Data] = data };
        foreach (var actor in @event.Actors.Distinct(StringComparer.Ordinal))
        {
            yield return new TableEntity(Partitions.ActorEvents(actor), TableKey.Join(date, @event.Id)) { [Data] = data, [End] = end };
        }
    }

    public static TableEntity ForDispute(Dispute dispute) => new(Partitions.Dispute, dispute.Id) { [Data] = Json(dispute) };

    public static TableEntity ForSource(Source source) => new(Partitions.Source, source.Id) { [Data] = Json(source) };

    public static T Read<T>(TableEntity entity) => (T)JsonSerializer.Deserialize(entity.GetString(Data), typeof(T), ModelJsonContext.Default)!;

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, typeof(T), ModelJsonContext.Default);
}
