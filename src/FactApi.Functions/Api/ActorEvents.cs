using FactApi.Functions.Http;
using FactApi.Storage.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Api;

/// <summary>GET /api/actors/{id}/events: events the actor took part in, in date order, with the /events filters.</summary>
public sealed class ActorEvents(FactReader reader, ApiResults results)
{
    [Function(nameof(ActorEvents))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "actors/{id}/events")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        results.ReadAsync(request, async query =>
        {
            var (text, from, to, place, limit, cursor) = (query.SearchText("q"), query.From(), query.To(), query.SearchText("place"), query.Limit(), query.Cursor());
            QueryParameters.CheckRange(from, to);
            return await reader.GetActorAsync(id, cancellationToken) is null
                ? Problems.NotFound($"No actor has the id '{id}'.")
                : ApiResults.List(request, await reader.ListEventsAsync(new EventQuery(text, id, from, to, place), limit, cursor, cancellationToken));
        }, cancellationToken);
}
