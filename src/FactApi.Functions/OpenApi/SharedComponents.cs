using System.Text.Json.Nodes;
using FactApi.Core.Model;
using FactApi.Functions.Http;
using Microsoft.OpenApi;

namespace FactApi.Functions.OpenApi;

/// <summary>
/// The parameters, headers and error responses that several routes share, defined once under components and
/// referenced, with the limits <see cref="QueryParameters"/> enforces.
/// </summary>
internal static class SharedComponents
{
    public const string IfNoneMatch = "If-None-Match";
    public const string ETag = "ETag";
    public const string Link = "Link";
    public const string NotModified = "NotModified";
    public const string Problem = "ProblemDetails";

    private const string DatePattern = @"^\d{4}(-\d{2}(-\d{2})?)?$";

    public static Dictionary<string, IOpenApiParameter> Parameters(ModelSchemas schemas) => new(StringComparer.Ordinal)
    {
        ["q"] = Query("q", "Free text: words to look for (case, accents and small misspellings forgiven).", Text()),
        ["kind"] = Query("kind", "Only actors of this kind.", schemas.For(typeof(ActorKind))),
        ["limit"] = Query("limit", $"Items per page, 1 to {QueryParameters.MaxLimit}.", new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Format = "int32",
            Minimum = "1",
            Maximum = QueryParameters.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Default = JsonValue.Create(QueryParameters.DefaultLimit),
        }),
        ["cursor"] = Query("cursor", "The nextCursor of the previous page, as given; absent for the first page.", new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 2048 }),
        ["from"] = Query("from", "Earliest date, inclusive: yyyy, yyyy-MM or yyyy-MM-dd (the first day of that period).", Date()),
        ["to"] = Query("to", "Latest date, inclusive: yyyy, yyyy-MM or yyyy-MM-dd (the last day of that period); not before from.", Date()),
        ["speaker"] = Query("speaker", "Who said it: an actor id or any of the actor's names or aliases.", Text()),
        ["topic"] = Query("topic", "Only claims on this topic.", Text()),
        ["source"] = Query("source", "Only facts read from this source id.", Text()),
        ["question"] = Query("q", "The question, in plain English (at most 500 characters).", new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = Answering.Ask.MaxQuestion }),
        ["asOf"] = Query("asOf", "The date relative dates in the question resolve against, yyyy-MM-dd (default: today).", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" }),
        ["actor"] = Query("actor", "An actor taking part: an id or any of the actor's names or aliases.", Text()),
        ["place"] = Query("place", "Where it happened.", Text()),
        [IfNoneMatch] = new OpenApiParameter
        {
            Name = IfNoneMatch,
            In = ParameterLocation.Header,
            Description = "An ETag from an earlier response: if the data has not changed since, the answer is 304 with no body.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };

    public static Dictionary<string, IOpenApiHeader> Headers() => new(StringComparer.Ordinal)
    {
        [ETag] = new OpenApiHeader
        {
            Description = "Changes only when the data (or the representation asked for) does; send it back in If-None-Match.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        },
        [Link] = new OpenApiHeader
        {
            Description = "For text/csv, the next page as <url>; rel=\"next\" (JSON has nextCursor instead).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };

    public static Dictionary<string, IOpenApiResponse> Responses(OpenApiDocument document) => new(StringComparer.Ordinal)
    {
        [NotModified] = new OpenApiResponse
        {
            Description = "Not modified: the If-None-Match ETag is still current.",
            Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal) { [ETag] = new OpenApiHeaderReference(ETag, document) },
        },
        ["BadRequest"] = ProblemResponse(document, "A query parameter or cursor cannot be used; the problem's parameter names it."),
        ["NotFound"] = ProblemResponse(document, "Nothing has that id."),
        ["Unauthorized"] = ProblemResponse(document, "The route needs a function key (x-functions-key header or code parameter)."),
        ["PayloadTooLarge"] = ProblemResponse(document, "The request body is larger than the route accepts."),
        ["UnsupportedMediaType"] = ProblemResponse(document, "The request body is not application/json."),
        ["ServiceUnavailable"] = ProblemResponse(document, "Storage is not answering; the detail names the endpoint."),
        ["InternalError"] = ProblemResponse(document, "The request failed; the error has been logged and no details are given."),
    };

    /// <summary>The response component name for a problem status.</summary>
    public static string ProblemResponseName(int status) => status switch
    {
        400 => "BadRequest",
        401 => "Unauthorized",
        404 => "NotFound",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        500 => "InternalError",
        503 => "ServiceUnavailable",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No problem response is defined for this status."),
    };

    /// <summary>RFC 9457, as <see cref="Problems"/> builds it: <c>parameter</c> is added for a bad parameter.</summary>
    public static OpenApiSchema ProblemSchema(ModelSchemas schemas) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" },
            ["title"] = schemas.For(typeof(string)),
            ["status"] = schemas.For(typeof(int)),
            ["detail"] = schemas.For(typeof(string)),
            ["instance"] = schemas.For(typeof(string)),
            ["parameter"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The query parameter that could not be used (400 only)." },
        },
        Required = new SortedSet<string>(["type", "title", "status"], StringComparer.Ordinal),
    };

    private static OpenApiResponse ProblemResponse(OpenApiDocument document, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
        {
            [Problems.ContentType] = new() { Schema = new OpenApiSchemaReference(Problem, document) },
        },
    };

    private static OpenApiParameter Query(string name, string description, IOpenApiSchema schema) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = schema,
    };

    private static OpenApiSchema Text() => new() { Type = JsonSchemaType.String, MaxLength = QueryParameters.MaxTextLength };

    private static OpenApiSchema Date() => new() { Type = JsonSchemaType.String, Pattern = DatePattern, MaxLength = 10 };
}
