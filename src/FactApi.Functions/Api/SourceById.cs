using FactApi.Core.Refresh;
using FactApi.Functions.Http;
using FactApi.Storage.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Api;

/// <summary>GET /api/sources/{id}: one source, its last fetch status and error, its fact counts and its recent runs.</summary>
public sealed class SourceById(FactReader reader, IRefreshLog runs, ApiResults results)
{
    private const int RecentRuns = 10;

    [Function(nameof(SourceById))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "sources/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        results.ReadLiveAsync(request, async _ =>
            await reader.GetSourceAsync(id, cancellationToken) is { } source
                ? new OkObjectResult(new SourceDetail(source, await runs.RecentAsync(id, RecentRuns, cancellationToken)))
                : Problems.NotFound($"No source has the id '{id}'."));
}
