using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FactApi.Storage.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FactApi.Functions.Http;

/// <summary>
/// Runs a read with the shared rules: the ETag comes from the dataset version (a matching If-None-Match is a
/// 304 with no read at all), bad parameters or cursors become 400 problems, and a 200 answer is kept in this
/// instance's <see cref="ResponseCache"/> until the version changes, so asking again costs no storage call.
/// </summary>
public sealed class ApiResults(FactReader reader, ResponseCache cache, IOptions<JsonOptions> json)
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public async Task<IActionResult> ReadAsync(HttpRequest request, Func<QueryParameters, Task<IActionResult>> read, CancellationToken cancellationToken)
    {
        var version = await reader.VersionAsync(cancellationToken);
        var key = Key(request);
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-cache";
        if (cache.TryGet(version, key, out var cached))
        {
            headers.ETag = cached.ETag;
            return Matches(request, cached.ETag) ? new StatusCodeResult(StatusCodes.Status304NotModified) : cached;
        }

        var etag = ETag(version, key);
        headers.ETag = etag;
        if (Matches(request, etag))
        {
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        }

        var (result, refused) = await RunAsync(request, read);
        if (refused)
        {
            headers.Remove("ETag");
            return result;
        }

        if (Cacheable(request, result, etag, headers) is not { } response)
        {
            return result;
        }

        cache.Add(version, key, response);
        return response;
    }

    /// <summary>
    /// A read of what changes without a new dataset version (a source's fetch status and refresh runs are recorded
    /// on every refresh, changed or not): always read from storage, never kept, and the ETag is the body's hash,
    /// so a 304 still means the bytes did not change.
    /// </summary>
    public async Task<IActionResult> ReadLiveAsync(HttpRequest request, Func<QueryParameters, Task<IActionResult>> read)
    {
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-cache";
        var (result, refused) = await RunAsync(request, read);
        if (refused || Cacheable(request, result, "", headers) is not { } response)
        {
            return result;
        }

        var etag = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(response.Body))[..20] + "\"";
        headers.ETag = etag;
        return Matches(request, etag) ? new StatusCodeResult(StatusCodes.Status304NotModified) : response;
    }

    /// <summary>The route's read, or a 400 problem (refused) when a parameter or cursor is bad.</summary>
    private static async Task<(IActionResult Result, bool Refused)> RunAsync(HttpRequest request, Func<QueryParameters, Task<IActionResult>> read)
    {
        try
        {
            return (await read(new QueryParameters(request)), false);
        }
        catch (BadParameterException e)
        {
            return (Problems.BadRequest(e.Parameter, e.Message), true);
        }
        catch (InvalidCursorException e)
        {
            return (Problems.BadRequest("cursor", e.Message), true);
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

    /// <summary>
    /// 200 answers become bytes once: JSON objects when the client takes plain JSON (what MVC would choose too),
    /// text such as CSV or JSON-LD as it is. Anything else (problems, other media types) goes through MVC uncached.
    /// </summary>
    private CachedResponse? Cacheable(HttpRequest request, IActionResult result, string etag, IHeaderDictionary headers) => result switch
    {
        OkObjectResult { Value: { } value } when AcceptsPlainJson(request) =>
            new CachedResponse(JsonContentType, JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json.Value.JsonSerializerOptions), etag, null),
        ContentResult { StatusCode: StatusCodes.Status200OK, Content: { } content, ContentType: { } type } =>
            new CachedResponse(type, Encoding.UTF8.GetBytes(content), etag, headers.Link.Count == 0 ? null : headers.Link.ToString()),
        _ => null,
    };

    private static bool AcceptsPlainJson(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        return accept.Count == 0 || accept.Any(a => a is not null && (a.Contains("*/*", StringComparison.Ordinal) || a.Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase)));
    }

    private static bool Matches(HttpRequest request, string etag)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        return ifNoneMatch.Count > 0 && ifNoneMatch.Any(v => v is not null && (v == "*" || v.Split(',').Any(t => t.Trim() == etag)));
    }

    /// <summary>The URL and Accept pick the representation; the cache and the ETag are keyed by them.</summary>
    private static string Key(HttpRequest request) => string.Concat(request.Path.Value, request.QueryString.Value, "\n", request.Headers.Accept.ToString());

    /// <summary>A representation changes only when the data does.</summary>
    private static string ETag(string version, string key) =>
        "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version + "\n" + key)).AsSpan(0, 12)) + "\"";
}
