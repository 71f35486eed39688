using FactApi.Functions.Http;
using FactApi.Storage.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Api;

/// <summary>GET /api/disputes/{id}: one dispute with every side's speaker, claim, number and evidence.</summary>
public sealed class DisputeById(FactReader reader, ApiResults results)
{
    [Function(nameof(DisputeById))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "disputes/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        results.ReadAsync(request, async _ =>
            await reader.GetDisputeAsync(id, cancellationToken) is { } dispute
                ? new OkObjectResult(dispute)
                : Problems.NotFound($"No dispute has the id '{id}'."),
            cancellationToken);
}
