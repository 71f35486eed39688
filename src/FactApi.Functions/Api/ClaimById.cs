using FactApi.Functions.Http;
using FactApi.Storage.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Api;

/// <summary>
/// GET /api/claims/{id}: one claim with its speaker, cue, content, numbers and evidence; schema.org JSON-LD
/// (ClaimReview or Claim) with <c>Accept: application/ld+json</c>.
/// </summary>
public sealed class ClaimById(FactReader reader, ApiResults results)
{
    [Function(nameof(ClaimById))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "claims/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        results.ReadAsync(request, async _ =>
            await reader.GetClaimAsync(id, cancellationToken) is not { } claim ? Problems.NotFound($"No claim has the id '{id}'.")
            : request.Headers.Accept.Any(a => a is not null && a.Contains(ClaimJsonLd.MediaType, StringComparison.OrdinalIgnoreCase))
                ? new ContentResult { Content = ClaimJsonLd.Write(claim).ToJsonString(), ContentType = ClaimJsonLd.MediaType, StatusCode = StatusCodes.Status200OK }
                : new OkObjectResult(claim),
            cancellationToken);
}
