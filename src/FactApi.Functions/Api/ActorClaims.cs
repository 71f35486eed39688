using FactApi.Functions.Http;
using FactApi.Storage.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Api;

/// <summary>GET /api/actors/{id}/claims: what the actor said, oldest first, with the /claims filters.</summary>
public sealed class ActorClaims(FactReader reader, ApiResults results)
{
    [Function(nameof(ActorClaims))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "actors/{id}/claims")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        results.ReadAsync(request, async query =>
        {
            var (text, from, to, topic, limit, cursor) = (query.SearchText("q"), query.From(), query.To(), query.SearchText("topic"), query.Limit(), query.Cursor());
            QueryParameters.CheckRange(from, to);
            return await reader.GetActorAsync(id, cancellationToken) is null
                ? Problems.NotFound($"No actor has the id '{id}'.")
                : ApiResults.List(request, await reader.ListClaimsAsync(new ClaimQuery(text, id, from, to, topic, null), limit, cursor, cancellationToken));
        }, cancellationToken);
}
