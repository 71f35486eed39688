using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using FactApi.DevHost.Discovery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;

namespace FactApi.DevHost.Http;

/// <summary>Builds, once at start-up, how each parameter of an HTTP function gets its value from a request.</summary>
internal static class HttpParameterBinder
{
    public static Func<HttpContext, object?>[] Create(FunctionDescriptor function, RoutePattern route)
    {
        return function.Method.GetParameters().Select(parameter => Bind(function, parameter, route)).ToArray();
    }

    private static Func<HttpContext, object?> Bind(FunctionDescriptor function, ParameterInfo parameter, RoutePattern route)
    {
        if (parameter == function.TriggerParameter)
        {
            return parameter.ParameterType == typeof(HttpRequest)
                ? context => context.Request
                : throw Unbindable(function, parameter, "the trigger parameter must be Microsoft.AspNetCore.Http.HttpRequest (ASP.NET Core integration)");
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return context => context.RequestAborted;
        }

        var name = parameter.Name!;
        if (route.GetParameter(name) is null)
        {
            throw Unbindable(function, parameter, "it is neither the trigger, a CancellationToken, nor a route parameter");
        }

        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (type == typeof(string))
        {
            return context => context.Request.RouteValues[name] as string;
        }

        var converter = TypeDescriptor.GetConverter(type);
        if (!converter.CanConvertFrom(typeof(string)))
        {
            throw Unbindable(function, parameter, $"route values cannot be converted to {type.Name}");
        }

        return context => context.Request.RouteValues[name] is string text
            ? RouteValueException.Convert(converter, text, name)
            : null;
    }

    private static DevHostStartupException Unbindable(FunctionDescriptor function, ParameterInfo parameter, string why) =>
        new($"Function '{function.Name}': cannot bind parameter '{parameter.Name}' ({parameter.ParameterType.Name}): {why}.");
}

/// <summary>Thrown when a route value does not convert to the parameter's type.</summary>
internal sealed class RouteValueException(string message, Exception inner) : Exception(message, inner)
{
    public static object? Convert(TypeConverter converter, string text, string name)
    {
        try
        {
            return converter.ConvertFromString(null, CultureInfo.InvariantCulture, text);
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException)
        {
            throw new RouteValueException($"Route value '{name}' is not valid.", e);
        }
    }
}
