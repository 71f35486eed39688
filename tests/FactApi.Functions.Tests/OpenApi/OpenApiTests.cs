using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactApi.Functions.Composition;
using FactApi.Functions.OpenApi;
using FactApi.Functions.Tests.Support;
using FactApi.TestSupport;
using Microsoft.OpenApi;

namespace FactApi.Functions.Tests.OpenApi;

/// <summary>
/// /api/openapi.json over real HTTP: a valid OpenAPI 3.1 document whose routes are exactly the HTTP functions the
/// worker SDK lists in functions.metadata, the routes the real Functions host serves.
/// </summary>
public sealed partial class OpenApiTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task The_document_is_valid_openapi_3_1()
    {
        var (json, _) = await GetDocumentAsync();

        Assert.StartsWith("3.1", json.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var (document, diagnostic) = Microsoft.OpenApi.OpenApiDocument.Parse(json.GetRawText(), "json");
        Assert.Empty(diagnostic!.Errors.Select(e => e.ToString()));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, diagnostic.SpecificationVersion);
        Assert.Empty(document!.Validate(ValidationRuleSet.GetDefaultRuleSet())!.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Paths_and_methods_are_exactly_the_http_functions_in_functions_metadata()
    {
        var (json, _) = await GetDocumentAsync();
        using var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "host.json")));
        var prefix = hostJson.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString()!;

        var expected = HttpFunctionsInMetadata()
            .SelectMany(f => f.Methods.Select(m => $"{m.ToUpperInvariant()} /{prefix}/{RouteConstraint().Replace(f.Route, "{${name}}")}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var documented = json.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => OpenApiJson.HttpMethods.Contains(o.Name)).Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("GET /api/openapi.json", expected);
        Assert.Equal(expected, documented);
    }

    [Fact]
    public async Task Every_path_parameter_is_documented_as_a_required_path_parameter()
    {
        var (json, _) = await GetDocumentAsync();

        foreach (var (path, operation) in Operations(json))
        {
            var inPath = Regex.Matches(path, @"\{(\w+)\}").Select(m => m.Groups[1].Value).ToList();
            var documented = Parameters(json, operation).Where(p => p.GetProperty("in").GetString() == "path").ToList();
            Assert.Equal(inPath, documented.Select(p => p.GetProperty("name").GetString()));
            Assert.All(documented, p => Assert.True(p.GetProperty("required").GetBoolean(), $"{path}: path parameters are required"));
        }
    }

    [Fact]
    public async Task Every_list_route_documents_limit_1_to_100_json_and_csv_and_a_conditional_get()
    {
        var (json, _) = await GetDocumentAsync();

        var lists = Operations(json).Where(o => Ok(o.Operation).GetProperty("content").TryGetProperty("text/csv", out _)).ToList();

        Assert.Equal(
            ["/api/actors", "/api/actors/{id}/claims", "/api/actors/{id}/events", "/api/claims", "/api/disputes", "/api/events", "/api/sources"],
            lists.Select(l => l.Path).Order(StringComparer.Ordinal));
        foreach (var (path, operation) in lists)
        {
            var parameters = Parameters(json, operation).ToDictionary(p => p.GetProperty("name").GetString()!);
            var limit = parameters["limit"].GetProperty("schema");
            Assert.Equal("query", parameters["limit"].GetProperty("in").GetString());
            Assert.Equal("integer", limit.GetProperty("type").GetString());
            Assert.Equal(1, limit.GetProperty("minimum").GetInt32());
            Assert.Equal(100, limit.GetProperty("maximum").GetInt32());
            Assert.Equal(20, limit.GetProperty("default").GetInt32());
            Assert.Contains("cursor", parameters.Keys);
            Assert.Equal("header", parameters["If-None-Match"].GetProperty("in").GetString());

            var list = Resolve(json, Ok(operation).GetProperty("content").GetProperty("application/json").GetProperty("schema"));
            Assert.Equal(["items", "nextCursor"], list.GetProperty("properties").EnumerateObject().Select(p => p.Name));
            Assert.Equal("array", list.GetProperty("properties").GetProperty("items").GetProperty("type").GetString());
            Assert.True(Ok(operation).GetProperty("headers").TryGetProperty("ETag", out _), $"{path}: 200 has an ETag header");
            Assert.True(operation.GetProperty("responses").TryGetProperty("304", out _), $"{path}: documents 304");
            AssertProblem(json, operation, "400");
        }
    }

    [Fact]
    public async Task Errors_are_problem_json_and_each_route_documents_its_own()
    {
        var (json, _) = await GetDocumentAsync();
        // One operation per path suffices here: the paths checked below have only GET.
        var operations = Operations(json).GroupBy(o => o.Path).ToDictionary(g => g.Key, g => g.First().Operation);

        AssertProblem(json, operations["/api/actors/{id}"], "404");
        AssertProblem(json, operations["/api/claims/{id}"], "404");
        AssertProblem(json, operations["/api/sources/{id}"], "404");
        AssertProblem(json, operations["/api/actors/{id}/claims"], "404");
        AssertProblem(json, operations["/api/health"], "503");
        Assert.All(Operations(json), o => AssertProblem(json, o.Operation, "500"));
        Assert.Equal("#/components/schemas/ActorProfile", Ok(operations["/api/actors/{id}"]).GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/HealthReport", Ok(operations["/api/health"]).GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task Model_schemas_are_camel_case_with_enums_as_their_lowercase_words()
    {
        var (json, _) = await GetDocumentAsync();
        var schemas = json.GetProperty("components").GetProperty("schemas");

        Assert.Equal(["value", "precision", "start", "end"], PropertyNames(schemas, "TemporalValue"));
        Assert.Equal(["actor", "latestClaims", "latestEvents"], PropertyNames(schemas, "ActorProfile"));
        Assert.Equal(["id", "speaker", "cue", "content", "form", "saidOn", "topic", "numbers", "evidence", "rating", "mentioned"], PropertyNames(schemas, "Claim"));
        Assert.Equal(["person", "organization", "country", "group"], schemas.GetProperty("ActorKind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("claimreview", schemas.GetProperty("SourceKind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("date", schemas.GetProperty("TemporalValue").GetProperty("properties").GetProperty("start").GetProperty("format").GetString());
        // Nulls are left out of responses, so nullable properties are optional rather than required.
        var claimRequired = schemas.GetProperty("Claim").GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("speaker", claimRequired);
        Assert.DoesNotContain("saidOn", claimRequired);
        Assert.All(schemas.EnumerateObject().SelectMany(s => s.Value.TryGetProperty("properties", out var p) ? p.EnumerateObject() : []),
            p => Assert.True(char.IsLower(p.Name[0]), $"{p.Name} is camelCase"));
    }

    [Fact]
    public async Task A_matching_If_None_Match_is_a_304()
    {
        var (_, etag) = await GetDocumentAsync();
        await using var host = await FactApiHost.StartAsync(azurite.ConnectionString);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/openapi.json");
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public void Every_http_function_has_a_description_and_every_description_a_function()
    {
        var functions = HttpFunctionRoute.Discover(typeof(FactApiServiceCollectionExtensions).Assembly, FactApiOpenApi.RoutePrefix)
            .Select(r => r.FunctionName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(functions, RouteDescriptions.ByFunction.Keys.Order(StringComparer.Ordinal));
    }

    private async Task<(JsonElement Json, string ETag)> GetDocumentAsync()
    {
        await using var host = await FactApiHost.StartAsync(azurite.ConnectionString);
        var response = await host.Client.GetAsync("api/openapi.json");
        var json = await HttpAssert.JsonAsync(response);
        var etag = response.Headers.ETag?.ToString();
        Assert.False(string.IsNullOrEmpty(etag), "the document has an ETag");
        return (json, etag!);
    }

    private static IEnumerable<(string Path, JsonElement Operation)> Operations(JsonElement json) =>
        OpenApiJson.Operations(json).Select(o => (o.Path, o.Operation));

    private static IEnumerable<JsonElement> Parameters(JsonElement json, JsonElement operation) => OpenApiJson.Parameters(json, operation);

    /// <summary>The success response: 200, or 202 for a route that queues work.</summary>
    private static JsonElement Ok(JsonElement operation) =>
        operation.GetProperty("responses").TryGetProperty("200", out var ok) ? ok : operation.GetProperty("responses").GetProperty("202");

    private static void AssertProblem(JsonElement json, JsonElement operation, string status)
    {
        Assert.True(operation.GetProperty("responses").TryGetProperty(status, out var response), $"{operation.GetProperty("operationId")} documents {status}");
        var schema = Resolve(json, response).GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
        Assert.Equal("#/components/schemas/ProblemDetails", schema.GetProperty("$ref").GetString());
    }

    private static List<string> PropertyNames(JsonElement schemas, string name) =>
        schemas.GetProperty(name).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();

    private static JsonElement Resolve(JsonElement json, JsonElement element) => OpenApiJson.Resolve(json, element);

    /// <summary>
    /// The HTTP triggers in the <c>functions.metadata</c> the worker SDK generates when it builds the Functions
    /// project (the same reading as the dev host's contract test).
    /// </summary>
    private static List<(string Name, string Route, IReadOnlyList<string> Methods)> HttpFunctionsInMetadata()
    {
        var configuration = typeof(OpenApiTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Path.Combine(RepositoryRoot.Path, "src", "FactApi.Functions", "bin", configuration, "net10.0", "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: the Functions project's build should have generated it.");
        using var metadata = JsonDocument.Parse(File.ReadAllText(path));
        var functions = metadata.RootElement.EnumerateArray()
            .Select(f => (Name: f.GetProperty("name").GetString()!, Trigger: f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal))))
            .Where(f => f.Trigger.GetProperty("type").GetString() == "httpTrigger")
            .Select(f => (
                f.Name,
                Route: (f.Trigger.TryGetProperty("route", out var route) && route.ValueKind == JsonValueKind.String ? route.GetString()! : f.Name).Trim('/'),
                Methods: (IReadOnlyList<string>)f.Trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!).ToList()))
            .ToList();
        Assert.NotEmpty(functions);
        return functions;
    }

    /// <summary><c>{id:int}</c> or <c>{id?}</c> in a route is <c>{id}</c> in an OpenAPI path.</summary>
    [GeneratedRegex(@"\{\*{0,2}(?<name>\w+)[^}]*\}")]
    private static partial Regex RouteConstraint();
}
