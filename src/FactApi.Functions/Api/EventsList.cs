using FactApi.Functions.Http;
using FactApi.Storage.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Api;

/// <summary>
/// GET /api/events?from=&amp;to=&amp;actor=&amp;place=&amp;q=: dates match by overlap, so a May 2025 event is in any
/// range that touches May 2025.
/// </summary>
public sealed class EventsList(FactReader reader, ApiResults results)
{
    [Function(nameof(EventsList))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "events")] HttpRequest request, CancellationToken cancellationToken) =>
        results.ReadAsync(request, async query =>
        {
            var (text, actor, from, to, place) = (query.SearchText("q"), query.SearchText("actor"), query.From(), query.To(), query.SearchText("place"));
            var (limit, cursor) = (query.Limit(), query.Cursor());
            QueryParameters.CheckRange(from, to);
            string? actorId = null;
            if (actor is not null && (actorId = await reader.ResolveActorAsync(actor, cancellationToken)) is null)
            {
                return ApiResults.List(request, new Page<Core.Model.Event>([], null));
            }

            return ApiResults.List(request, await reader.ListEventsAsync(new EventQuery(text, actorId, from, to, place), limit, cursor, cancellationToken));
        }, cancellationToken);
}
