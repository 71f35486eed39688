using FactApi.Functions.Http;
using FactApi.Storage.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Health;

/// <summary>
/// Liveness and readiness in one: 200 when a table round trip succeeds in time, 503 naming the storage
/// endpoint when it does not. The process stays up either way, so it recovers when storage returns.
/// </summary>
public sealed class HealthCheck(StorageHealthProbe probe)
{
    [Function(nameof(HealthCheck))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        var storage = await probe.CheckAsync(cancellationToken);
        return storage.IsHealthy
            ? new OkObjectResult(new HealthReport("ok", "ok", AppVersion.Current))
            : Problems.ServiceUnavailable("Storage unavailable", $"Table Storage at {probe.Endpoint} is not answering: {storage.Problem}.");
    }
}
