using System.Text.Json;
using Azure.Data.Tables;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Storage.Tables;

namespace FactApi.Bench;

/// <summary>The fact entities FactWriter writes for a set (docs/storage.md's layout), built here for the raw floor.</summary>
internal static class RawEntities
{
    public static IEnumerable<TableEntity> Claims(FactSet set) => set.Claims.SelectMany(claim =>
    {
        var data = JsonSerializer.Serialize(claim, ModelJsonContext.Default.Claim);
        var row = TableKey.Join(Partitions.ClaimDateKey(claim), claim.Id);
        var keys = new List<(string, string)> { (Partitions.Claim, claim.Id), (Partitions.ByDate, row), (Partitions.OfSource(set.Source.Id), claim.Id) };
        if (claim.Speaker.ActorId is { } speaker)
        {
            keys.Add((Partitions.Speaker(speaker), row));
        }

        if (claim.Topic is { } topic)
        {
            keys.Add((Partitions.Topic(topic), row));
        }

        return keys.Select(k => new TableEntity(k.Item1, k.Item2) { ["Data"] = data });
    });

    public static IEnumerable<TableEntity> Events(FactSet set) => set.Events.SelectMany(@event =>
    {
        var data = JsonSerializer.Serialize(@event, ModelJsonContext.Default.Event);
        var row = TableKey.Join(Partitions.DateKey(@event.When), @event.Id);
        var keys = new List<(string, string)> { (Partitions.Event, @event.Id), (Partitions.ByDate, row), (Partitions.OfSource(set.Source.Id), @event.Id) };
        keys.AddRange(@event.Actors.Distinct(StringComparer.Ordinal).Select(a => (Partitions.ActorEvents(a), row)));
        return keys.Select(k => new TableEntity(k.Item1, k.Item2) { ["Data"] = data });
    });
}
