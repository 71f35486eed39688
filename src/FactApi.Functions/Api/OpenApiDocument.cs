using FactApi.Functions.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Api;

/// <summary>GET /api/openapi.json: the OpenAPI 3.1 description of every HTTP route, generated from the functions.</summary>
public sealed class OpenApiDocument
{
    [Function(nameof(OpenApiDocument))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request)
    {
        // The document changes only with a deployment, so its hash is a strong ETag and a match needs no body.
        var etag = FactApiOpenApi.DocumentETag;
        request.HttpContext.Response.Headers.ETag = etag;
        request.HttpContext.Response.Headers.CacheControl = "no-cache";
        if (request.Headers.IfNoneMatch.Any(v => v is not null && (v == "*" || v.Split(',').Any(t => t.Trim() == etag))))
        {
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        }

        return new ContentResult { Content = FactApiOpenApi.DocumentJson, ContentType = "application/json", StatusCode = StatusCodes.Status200OK };
    }
}
