using FactApi.Functions.Http;
using FactApi.Storage.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Api;

/// <summary>GET /api/disputes?actor=&amp;from=&amp;to=&amp;q=: speakers contradicting each other, each side with its evidence.</summary>
public sealed class DisputesList(FactReader reader, ApiResults results)
{
    [Function(nameof(DisputesList))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "disputes")] HttpRequest request, CancellationToken cancellationToken) =>
        results.ReadAsync(request, async query =>
        {
            var (text, actor, from, to, limit, cursor) = (query.SearchText("q"), query.SearchText("actor"), query.From(), query.To(), query.Limit(), query.Cursor());
            QueryParameters.CheckRange(from, to);
            string? actorId = null;
            if (actor is not null && (actorId = await reader.ResolveActorAsync(actor, cancellationToken)) is null)
            {
                return ApiResults.List(request, new Page<Core.Model.Dispute>([], null));
            }

            return ApiResults.List(request, await reader.ListDisputesAsync(actorId, from, to, text, limit, cursor, cancellationToken));
        }, cancellationToken);
}
