using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.OpenApi;

/// <summary>
/// One HTTP function as the Functions host routes it, read from its <c>[Function]</c> and <c>[HttpTrigger]</c>
/// attributes, so the OpenAPI document lists exactly the routes the app has.
/// </summary>
/// <param name="Path">The OpenAPI path: <c>/{prefix}/{route}</c>, route constraints dropped (<c>{id:int}</c> is <c>{id}</c>).</param>
/// <param name="Methods">Upper-case HTTP methods.</param>
internal sealed partial record HttpFunctionRoute(string FunctionName, string Path, IReadOnlyList<string> Methods, IReadOnlyList<string> PathParameters)
{
    public static IReadOnlyList<HttpFunctionRoute> Discover(Assembly assembly, string routePrefix) =>
        assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>(), Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).SingleOrDefault(a => a is not null)))
            .Where(f => f.Function is not null && f.Trigger is not null)
            .Select(f => Create(f.Function!.Name, f.Trigger!, routePrefix))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ToList();

    private static HttpFunctionRoute Create(string name, HttpTriggerAttribute trigger, string routePrefix)
    {
        // Without methods the host accepts every verb; the document would have to invent a list, so refuse instead.
        if (trigger.Methods is not { Length: > 0 } methods)
        {
            throw new InvalidOperationException($"HTTP function {name} names no methods; give them in [HttpTrigger] so the OpenAPI document can list them.");
        }

        var route = (trigger.Route ?? name).Trim('/');
        var parameters = new List<string>();
        var path = RouteParameter().Replace(route, match =>
        {
            parameters.Add(match.Groups["name"].Value);
            return "{" + match.Groups["name"].Value + "}";
        });
        var prefix = string.IsNullOrEmpty(routePrefix) ? "" : "/" + routePrefix.Trim('/');
        return new HttpFunctionRoute(name, $"{prefix}/{path}", methods.Select(m => m.ToUpperInvariant()).Order(StringComparer.Ordinal).ToList(), parameters);
    }

    /// <summary><c>{id}</c>, <c>{id:int}</c>, <c>{id?}</c>, <c>{*rest}</c>: the name is what OpenAPI and the handler share.</summary>
    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_][A-Za-z0-9_]*)[^}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex RouteParameter();
}
