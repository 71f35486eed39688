using FactApi.Functions.Http;
using FactApi.Storage.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Api;

/// <summary>GET /api/sources: each curated source with its last fetch and the facts it contributed.</summary>
public sealed class SourcesList(FactReader reader, ApiResults results)
{
    [Function(nameof(SourcesList))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "sources")] HttpRequest request, CancellationToken cancellationToken) =>
        results.ReadLiveAsync(request, async query =>
        {
            var (limit, cursor) = (query.Limit(), query.Cursor());
            return ApiResults.List(request, await reader.ListSourcesAsync(limit, cursor, cancellationToken));
        });
}
