using FactApi.Functions.Http;
using FactApi.Storage.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Api;

/// <summary>GET /api/actors?q=&amp;kind=&amp;limit=&amp;cursor=: search by name or alias, forgiving case, accents and small misspellings.</summary>
public sealed class ActorsList(FactReader reader, ApiResults results)
{
    [Function(nameof(ActorsList))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "actors")] HttpRequest request, CancellationToken cancellationToken) =>
        results.ReadAsync(request, async query =>
        {
            var (text, kind, limit, cursor) = (query.SearchText("q"), query.Kind(), query.Limit(), query.Cursor());
            return ApiResults.List(request, await reader.SearchActorsAsync(text, kind, limit, cursor, cancellationToken));
        }, cancellationToken);
}
