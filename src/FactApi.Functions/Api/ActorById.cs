using FactApi.Functions.Http;
using FactApi.Storage.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Api;

/// <summary>GET /api/actors/{id}: the profile (names, kind, aliases, roles, counts) with the latest claims and events.</summary>
public sealed class ActorById(FactReader reader, ApiResults results)
{
    private const int Latest = 5;

    [Function(nameof(ActorById))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "actors/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        results.ReadAsync(request, async _ =>
        {
            if (await reader.GetActorAsync(id, cancellationToken) is not { } actor)
            {
                return Problems.NotFound($"No actor has the id '{id}'.");
            }

            var claims = await reader.ListClaimsAsync(new ClaimQuery(null, actor.Id, null, null, null, null), Latest, null, cancellationToken);
            var events = await reader.ListEventsAsync(new EventQuery(null, actor.Id, null, null, null), Latest, null, cancellationToken);
            return new OkObjectResult(new ActorProfile(actor, claims.Items, events.Items));
        }, cancellationToken);
}
