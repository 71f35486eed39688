using System.Text.Json;
using FactApi.Functions.Http;
using FactApi.Ingestion.Refresh;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Refresh;

/// <summary>POST /api/admin/refresh: enqueues a refresh of all sources or of one (<c>{"sourceId": ...}</c>); 202 with the run.</summary>
public sealed class AdminRefresh(RefreshPlanner planner, CuratedSources curated)
{
    private const int MaxBody = 4096;

    [Function(nameof(AdminRefresh))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "admin/refresh")] HttpRequest request, CancellationToken cancellationToken)
    {
        RefreshRequest? body = null;
        if (request.ContentLength is > MaxBody)
        {
            return Problems.Create(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body must be at most {MaxBody} bytes.");
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (text.Length > MaxBody)
        {
            return Problems.Create(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body must be at most {MaxBody} bytes.");
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            try
            {
                body = JsonSerializer.Deserialize(text, RefreshJsonContext.Default.RefreshRequest);
            }
            catch (JsonException)
            {
                return Problems.BadRequest("body", "The body must be JSON like {\"sourceId\": \"...\"}, or empty to refresh every source.");
            }
        }

        var sourceId = body?.SourceId;
        if (sourceId is not null && curated.ReadManifest().All(s => s.Id != sourceId))
        {
            return Problems.NotFound($"No source has the id '{sourceId}'.");
        }

        var run = await planner.PlanAsync("admin", onlyDue: false, sourceId, cancellationToken);
        return new ObjectResult(new RefreshAccepted(run.Id, run.SourceIds)) { StatusCode = StatusCodes.Status202Accepted };
    }
}

public sealed record RefreshAccepted(string RunId, IReadOnlyList<string> SourceIds);
