using System.Security.Cryptography;
using System.Text;
using FactApi.Storage.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace FactApi.Functions.Http;

/// <summary>
/// Runs a read with the shared rules: the ETag comes from the dataset version (a matching If-None-Match is a
/// 304 with no read at all), and bad parameters or cursors become 400 problems.
/// </summary>
public sealed class ApiResults(FactReader reader)
{
    public async Task<IActionResult> ReadAsync(HttpRequest request, Func<QueryParameters, Task<IActionResult>> read, CancellationToken cancellationToken)
    {
        var version = await reader.VersionAsync(cancellationToken);
        var etag = ETag(version, request);
        request.HttpContext.Response.Headers.ETag = etag;
        request.HttpContext.Response.Headers.CacheControl = "no-cache";
        if (request.Headers.IfNoneMatch.Any(v => v is not null && (v == "*" || v.Split(',').Any(t => t.Trim() == etag))))
        {
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        }

        try
        {
            return await read(new QueryParameters(request));
        }
        catch (BadParameterException e)
        {
            request.HttpContext.Response.Headers.Remove("ETag");
            return Problems.BadRequest(e.Parameter, e.Message);
        }
        catch (InvalidCursorException e)
        {
            request.HttpContext.Response.Headers.Remove("ETag");
            return Problems.BadRequest("cursor", e.Message);
        }
    }

    /// <summary>A page as JSON, or as CSV when the client accepts text/csv (the next page then goes in a Link header).</summary>
    public static IActionResult List<T>(HttpRequest request, Page<T> page)
    {
        if (!request.Headers.Accept.Any(a => a is not null && a.Contains("text/csv", StringComparison.OrdinalIgnoreCase)))
        {
            return new OkObjectResult(new ListResponse<T>(page.Items, page.NextCursor));
        }

        if (page.NextCursor is not null)
        {
            var query = QueryString.Create(request.Query.Where(q => q.Key != "cursor").Append(new("cursor", page.NextCursor)));
            request.HttpContext.Response.Headers.Link = $"<{request.PathBase}{request.Path}{query}>; rel=\"next\"";
        }

        return new ContentResult { Content = CsvRows.Write(page.Items), ContentType = "text/csv; charset=utf-8; header=present", StatusCode = StatusCodes.Status200OK };
    }

    /// <summary>A representation changes only when the data does; the URL and Accept pick the representation.</summary>
    private static string ETag(string version, HttpRequest request)
    {
        var key = $"{version}\n{request.Path}{request.QueryString}\n{request.Headers.Accept}";
        return "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 12)) + "\"";
    }
}
