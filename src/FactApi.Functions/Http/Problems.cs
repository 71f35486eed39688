using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace FactApi.Functions.Http;

/// <summary>RFC 9457 problem responses: every error the API returns is built here.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static ObjectResult BadRequest(string parameter, string detail) =>
        Create(StatusCodes.Status400BadRequest, "Invalid parameter", detail, parameter);

    public static ObjectResult NotFound(string detail) =>
        Create(StatusCodes.Status404NotFound, "Not found", detail);

    public static ObjectResult ServiceUnavailable(string title, string detail) =>
        Create(StatusCodes.Status503ServiceUnavailable, title, detail);

    public static ObjectResult Create(int status, string title, string detail, string? parameter = null)
    {
        var problem = new ProblemDetails
        {
            Type = $"https://httpstatuses.io/{status}",
            Title = title,
            Status = status,
            Detail = detail,
        };
        if (parameter is not null)
        {
            problem.Extensions["parameter"] = parameter;
        }

        var result = new ObjectResult(problem) { StatusCode = status };
        result.ContentTypes.Add(ContentType);
        return result;
    }
}
