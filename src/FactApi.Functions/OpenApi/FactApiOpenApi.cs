using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using FactApi.Functions.Http;
using Microsoft.OpenApi;

namespace FactApi.Functions.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document of FactApi: one path per HTTP function found by reflection, described from
/// <see cref="RouteDescriptions"/>, with schemas from the JSON contracts. It depends only on the code, so it is
/// built and serialised once.
/// </summary>
public static class FactApiOpenApi
{
    /// <summary>host.json's <c>extensions.http.routePrefix</c>; a test compares the document with host.json.</summary>
    public const string RoutePrefix = "api";

    private const string Json = "application/json";
    private const string Csv = "text/csv";

    private static readonly Lazy<(string Json, string ETag)> Serialized = new(() =>
    {
        var json = Serialize(Build(typeof(FactApiOpenApi).Assembly));
        return (json, "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)).AsSpan(0, 12)) + "\"");
    });

    /// <summary>The document as OpenAPI 3.1 JSON.</summary>
    public static string DocumentJson => Serialized.Value.Json;

    /// <summary>A strong ETag of <see cref="DocumentJson"/>.</summary>
    public static string DocumentETag => Serialized.Value.ETag;

    public static OpenApiDocument Build(Assembly functions)
    {
        var routes = HttpFunctionRoute.Discover(functions, RoutePrefix);
        CheckDescriptions(routes);

        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = "FactApi",
                Version = AppVersion.Current,
                Description = "Facts read from curated sources: actors, what they said (claims), events, and the sources they came from. " +
                    "Every fact carries the sentence it was read from. JSON is camelCase and leaves out absent values.",
            },
            Paths = [],
            Tags = new HashSet<OpenApiTag>(),
        };
        var schemas = new ModelSchemas(document, ApiJsonContext.Default.Options);
        schemas.Add(SharedComponents.Problem, SharedComponents.ProblemSchema(schemas));
        var parameters = SharedComponents.Parameters(schemas);
        document.Components = new OpenApiComponents
        {
            Schemas = schemas.Components,
            Parameters = parameters,
            Headers = SharedComponents.Headers(),
            Responses = SharedComponents.Responses(document),
        };

        foreach (var group in routes.GroupBy(r => r.Path, StringComparer.Ordinal))
        {
            var item = new OpenApiPathItem { Operations = [] };
            foreach (var route in group)
            {
                var description = RouteDescriptions.ByFunction[route.FunctionName];
                document.Tags.Add(new OpenApiTag { Name = description.Tag });
                foreach (var method in route.Methods)
                {
                    item.Operations.Add(HttpMethod.Parse(method), Operation(document, schemas, parameters, route, method, description));
                }
            }

            document.Paths.Add(group.Key, item);
        }

        return document;
    }

    public static string Serialize(OpenApiDocument document)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new OpenApiJsonWriter(text);
        document.SerializeAsV31(writer);
        return text.ToString();
    }

    /// <summary>Both ways: an HTTP function the table does not describe, and a description of no function.</summary>
    private static void CheckDescriptions(IReadOnlyList<HttpFunctionRoute> routes)
    {
        var functions = routes.Select(r => r.FunctionName).ToHashSet(StringComparer.Ordinal);
        var undescribed = functions.Except(RouteDescriptions.ByFunction.Keys).Order(StringComparer.Ordinal).ToList();
        var stale = RouteDescriptions.ByFunction.Keys.Except(functions).Order(StringComparer.Ordinal).ToList();
        var unknownParameters = routes.SelectMany(r => r.PathParameters).Except(RouteDescriptions.PathParameters.Keys).ToList();
        if (undescribed.Count + stale.Count + unknownParameters.Count > 0)
        {
            throw new InvalidOperationException(
                $"{nameof(RouteDescriptions)} is out of date: describe [{string.Join(", ", undescribed)}], " +
                $"remove [{string.Join(", ", stale)}], describe route parameters [{string.Join(", ", unknownParameters)}].");
        }
    }

    private static OpenApiOperation Operation(
        OpenApiDocument document, ModelSchemas schemas, Dictionary<string, IOpenApiParameter> shared, HttpFunctionRoute route, string method, RouteDescription description)
    {
        // A function that takes both GET and a body (ask) reads the query on GET and the body otherwise.
        var isGet = string.Equals(method, "get", StringComparison.OrdinalIgnoreCase);
        var takesBody = description.RequestBody is not null && !isGet;
        IReadOnlyList<string> query = takesBody ? [] : description.Query;
        var parameters = new List<IOpenApiParameter>();
        parameters.AddRange(route.PathParameters.Select(name => new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Path,
            Required = true,
            Description = RouteDescriptions.PathParameters[name],
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        }));
        parameters.AddRange(query.Select(name => shared.ContainsKey(name)
            ? new OpenApiParameterReference(name, document)
            : throw new InvalidOperationException($"{route.FunctionName} names query parameter '{name}', which {nameof(SharedComponents)} does not define.")));
        if (description.Conditional)
        {
            parameters.Add(new OpenApiParameterReference(SharedComponents.IfNoneMatch, document));
        }

        var responses = new OpenApiResponses { [description.Success.ToString(CultureInfo.InvariantCulture)] = Ok(document, schemas, description) };
        if (description.Conditional)
        {
            responses["304"] = new OpenApiResponseReference(SharedComponents.NotModified, document);
        }

        foreach (var status in description.Problems.Append(500).Order())
        {
            responses[status.ToString(CultureInfo.InvariantCulture)] = new OpenApiResponseReference(SharedComponents.ProblemResponseName(status), document);
        }

        var operation = new OpenApiOperation
        {
            // Operation ids must be unique, so a function with several methods gets one per method.
            OperationId = route.Methods.Count > 1 ? route.FunctionName + char.ToUpperInvariant(method[0]) + method[1..].ToLowerInvariant() : route.FunctionName,
            Summary = description.Summary,
            Description = description.Description,
            Tags = new HashSet<OpenApiTagReference> { new(description.Tag, document) },
            Parameters = parameters,
            Responses = responses,
        };
        if (takesBody && description.RequestBody is { } requestBody)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = false,
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [Json] = new() { Schema = schemas.For(requestBody) } },
            };
        }

        return operation;
    }

    private static OpenApiResponse Ok(OpenApiDocument document, ModelSchemas schemas, RouteDescription description)
    {
        var body = description.Body is null ? new OpenApiSchema { Type = JsonSchemaType.Object }
            : description.IsList ? schemas.For(typeof(ListResponse<>).MakeGenericType(description.Body))
            : schemas.For(description.Body);
        var response = new OpenApiResponse
        {
            Description = description.IsList ? "A page of items; nextCursor is absent on the last page." : description.Success == 202 ? "Accepted: the work is queued." : "OK",
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [Json] = new() { Schema = body } },
            Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal),
        };
        if (description.IsList)
        {
            // Asked for with Accept: text/csv; one row per item after a header row.
            response.Content[Csv] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "CSV with a header row; one row per item." } };
            response.Headers[SharedComponents.Link] = new OpenApiHeaderReference(SharedComponents.Link, document);
        }

        if (description.Conditional)
        {
            response.Headers[SharedComponents.ETag] = new OpenApiHeaderReference(SharedComponents.ETag, document);
        }

        return response;
    }
}
