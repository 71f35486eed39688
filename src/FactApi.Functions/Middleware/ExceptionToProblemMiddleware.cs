using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace FactApi.Functions.Middleware;

/// <summary>
/// An unexpected exception in an HTTP function becomes a 500 problem+json with no stack trace; the details go
/// to the log. (The dev host does the same with ASP.NET Core's exception handler.)
/// </summary>
internal sealed class ExceptionToProblemMiddleware(ILogger<ExceptionToProblemMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.GetHttpContext() is { Response.HasStarted: false } http)
        {
            logger.LogError(e, "Function {Function} failed", context.FunctionDefinition.Name);
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            http.Response.ContentType = "application/problem+json";
            await http.Response.WriteAsync(
                """{"type":"https://httpstatuses.io/500","title":"Internal error","status":500,"detail":"The request failed; the error has been logged."}""");
        }
    }
}
