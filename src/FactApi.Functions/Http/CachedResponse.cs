using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace FactApi.Functions.Http;

/// <summary>
/// A 200 answer kept as the bytes sent: serving it again is a header copy and one write, no storage, no
/// serialisation, no content negotiation.
/// </summary>
public sealed class CachedResponse(string contentType, byte[] body, string etag, string? link) : IActionResult
{
    public string ETag { get; } = etag;

    public int Size => body.Length;

    public byte[] Body => body;

    public Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (link is not null)
        {
            response.Headers.Link = link;
        }

        return response.Body.WriteAsync(body, 0, body.Length, context.HttpContext.RequestAborted);
    }
}
