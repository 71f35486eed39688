using FactApi.DevHost.Discovery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.DevHost.Http;

/// <summary>
/// Maps each <c>[HttpTrigger]</c> onto Kestrel as the Functions host does: host.json's route prefix, the
/// trigger's route (default: the function name) with its constraints, its methods (default: all).
/// </summary>
internal static class HttpFunctionMapper
{
    private static readonly ActionDescriptor EmptyAction = new();

    public static IReadOnlyList<HttpFunctionEndpoint> Map(IEndpointRouteBuilder routes, IEnumerable<FunctionDescriptor> functions, string routePrefix, IReadOnlyDictionary<string, int> rateLimits)
    {
        var endpoints = new List<HttpFunctionEndpoint>();
        foreach (var function in functions)
        {
            var trigger = function.Http;
            if (trigger is null)
            {
                continue;
            }

            var template = (trigger.Route ?? function.Name).Trim('/');
            var pattern = "/" + string.Join('/', new[] { routePrefix.Trim('/'), template }.Where(s => s.Length > 0));
            var routePattern = RoutePatternFactory.Parse(pattern);
            var binders = HttpParameterBinder.Create(function, routePattern);
            ValidateReturnType(function);
            var invoker = new FunctionInvoker(function);
            var methods = trigger.Methods is { Length: > 0 }
                ? trigger.Methods.Select(m => m.ToUpperInvariant()).ToArray()
                : [];
            var endpoint = new HttpFunctionEndpoint(function.Name, pattern, methods, trigger.AuthLevel);

            RequestDelegate handler = context => InvokeAsync(context, invoker, binders);
            var builder = methods.Length > 0 ? routes.MapMethods(pattern, methods, handler) : routes.Map(pattern, handler);
            builder.WithDisplayName(function.Name).WithMetadata(endpoint);
            if (rateLimits.ContainsKey(function.Name))
            {
                builder.RequireRateLimiting(RateLimits.PolicyName(function.Name));
            }
            endpoints.Add(endpoint);
        }

        return endpoints;
    }

    private static async Task InvokeAsync(HttpContext context, FunctionInvoker invoker, Func<HttpContext, object?>[] binders)
    {
        object?[] arguments;
        try
        {
            arguments = Array.ConvertAll(binders, bind => bind(context));
        }
        catch (RouteValueException e)
        {
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid route value", detail: e.Message).ExecuteAsync(context);
            return;
        }

        var result = await invoker.InvokeAsync(context.RequestServices, arguments);
        switch (result)
        {
            case IActionResult action:
                await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), EmptyAction));
                break;
            case IResult httpResult:
                await httpResult.ExecuteAsync(context);
                break;
            case null when !context.Response.HasStarted && invoker.Function.Method.ReturnType != typeof(Task) && invoker.Function.Method.ReturnType != typeof(void):
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
        }
    }

    private static void ValidateReturnType(FunctionDescriptor function)
    {
        var type = function.Method.ReturnType;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            type = type.GetGenericArguments()[0];
        }

        if (type == typeof(void) || type == typeof(Task) || typeof(IActionResult).IsAssignableFrom(type) || typeof(IResult).IsAssignableFrom(type))
        {
            return;
        }

        throw new DevHostStartupException(
            $"Function '{function.Name}' returns {function.Method.ReturnType.Name}; HTTP functions here return IActionResult or IResult (HttpResponseData and output-binding types are not run by the dev host).");
    }

    public static string Describe(HttpFunctionEndpoint endpoint, string baseAddress) =>
        $"{endpoint.FunctionName}: [{(endpoint.Methods.Count == 0 ? "ALL" : string.Join(',', endpoint.Methods))}] {baseAddress.TrimEnd('/')}{endpoint.Pattern}" +
        (endpoint.AuthLevel == AuthorizationLevel.Anonymous ? "" : $" (auth: {endpoint.AuthLevel})");
}
