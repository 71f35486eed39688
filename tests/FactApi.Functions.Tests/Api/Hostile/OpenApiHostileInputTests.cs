using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using FactApi.Functions.Tests.Support;
using Xunit.Abstractions;

namespace FactApi.Functions.Tests.Api.Hostile;

/// <summary>
/// Hostile input generated from the API's own OpenAPI document: every documented path, query and header parameter
/// and JSON request body gets the fixed known-bad list and FsCheck-generated values (fixed seed). Every answer is a
/// 2xx or a 4xx problem+json without a stack trace, and a filtered list holds only items inside its filter.
/// </summary>
public sealed class OpenApiHostileInputTests(UnlimitedSampleApi api, ITestOutputHelper output) : IClassFixture<UnlimitedSampleApi>
{
    private const int GeneratedPerParameter = 30;
    private static readonly ParallelOptions Parallel4 = new() { MaxDegreeOfParallelism = 4 };

    [Fact]
    public async Task Every_documented_parameter_answers_hostile_and_generated_values_safely()
    {
        var document = await api.GetJsonAsync("api/openapi.json");
        var tally = new HostileTally();
        var failures = new ConcurrentBag<string>();
        var gets = OpenApiJson.Operations(document).Where(o => o.Method == "get").ToList();
        Assert.True(gets.Count >= 10, "the document lists the read routes");

        foreach (var (_, path, operation) in gets)
        {
            var concrete = await ConcretePathAsync(path);
            var unfiltered = await FirstPageIdsAsync(concrete);
            foreach (var parameter in OpenApiJson.Parameters(document, operation).Where(p => p.GetProperty("in").GetString() is "path" or "query" or "header"))
            {
                var (name, where) = (parameter.GetProperty("name").GetString()!, parameter.GetProperty("in").GetString()!);
                var schema = OpenApiJson.Resolve(document, parameter.GetProperty("schema"));
                var values = HostileValues.Fixed.Concat(GeneratedValues.For(path + "?" + name, schema, GeneratedPerParameter))
                    .Where(v => where != "header" || Sendable(v));
                await Parallel.ForEachAsync(values, Parallel4, async (value, _) =>
                {
                    var url = where == "path"
                        ? path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal)
                        : $"{concrete}?{name}={Uri.EscapeDataString(value)}";
                    var what = $"GET {path} {name}={HostileValues.Describe(value)}";
                    await CheckAsync(failures, what, async () =>
                    {
                        using var request = new HttpRequestMessage(HttpMethod.Get, (where == "header" ? concrete : url).TrimStart('/'));
                        if (where == "header")
                        {
                            request.Headers.TryAddWithoutValidation(name, value);
                        }

                        using var response = await api.Client.SendAsync(request);
                        tally.Record("GET " + path, response);
                        var body = await ResponseSafety.AssertSafeAsync(response, what);
                        if (where == "query" && response.StatusCode == HttpStatusCode.OK)
                        {
                            FilterChecks.AssertWithinFilter(path, name, value, JsonDocument.Parse(body).RootElement, unfiltered);
                        }
                    });
                });
            }
        }

        Report(tally, failures);
    }

    [Fact]
    public async Task Every_documented_request_body_answers_malformed_and_hostile_bodies_safely()
    {
        var document = await api.GetJsonAsync("api/openapi.json");
        var tally = new HostileTally();
        var failures = new ConcurrentBag<string>();
        var withBodies = OpenApiJson.Operations(document).Where(o => o.Operation.TryGetProperty("requestBody", out _)).ToList();
        Assert.Contains(withBodies, o => o.Path == "/api/ask");

        foreach (var (method, path, operation) in withBodies)
        {
            var body = OpenApiJson.Resolve(document, operation.GetProperty("requestBody"));
            var schema = OpenApiJson.Resolve(document, body.GetProperty("content").GetProperty("application/json").GetProperty("schema"));
            await Parallel.ForEachAsync(HostileBodies.For(schema), Parallel4, async (hostile, _) =>
            {
                var what = $"{method.ToUpperInvariant()} {path} {hostile.What}";
                await CheckAsync(failures, what, async () =>
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path.TrimStart('/')) { Content = hostile.Content() };
                    using var response = await api.Client.SendAsync(request);
                    tally.Record($"{method.ToUpperInvariant()} {path} (body)", response);
                    await ResponseSafety.AssertSafeAsync(response, what);
                });
            });
        }

        Report(tally, failures);
    }

    /// <summary>HTTP/1.1 header values are visible ASCII: anything else cannot be sent at all.</summary>
    private static bool Sendable(string value) => value.All(c => c is >= ' ' and <= '~');

    private static async Task CheckAsync(ConcurrentBag<string> failures, string what, Func<Task> check)
    {
        try
        {
            await check();
        }
        catch (Exception e)
        {
            // Collected rather than thrown, so one run lists every failing value, not just the first.
            failures.Add($"{what}: {e.GetType().Name}: {e.Message}");
        }
    }

    private void Report(HostileTally tally, ConcurrentBag<string> failures)
    {
        output.WriteLine($"{tally.Total} hostile requests (FsCheck seed {GeneratedValues.Seed:x}), by outcome:");
        output.WriteLine(tally.ToMarkdown());
        output.WriteLine("By status code: " + tally.ByCode());
        foreach (var failure in failures.Take(50))
        {
            output.WriteLine(failure);
        }

        Assert.True(failures.IsEmpty, $"{failures.Count} of {tally.Total} hostile requests failed; first: {failures.FirstOrDefault()}");
        Assert.Equal(0, tally[5]);
    }

    /// <summary>The path with each <c>{id}</c> replaced by a real id from the list above it, so filters reach stored data.</summary>
    private async Task<string> ConcretePathAsync(string path)
    {
        var at = path.IndexOf("/{", StringComparison.Ordinal);
        if (at < 0)
        {
            return path;
        }

        var close = path.IndexOf('}', at);
        var items = await api.ItemsAsync(path[..at].TrimStart('/') + "?limit=1");
        Assert.NotEmpty(items);
        return path[..at] + "/" + Uri.EscapeDataString(items[0].GetProperty("id").GetString()!) + path[(close + 1)..];
    }

    private async Task<IReadOnlyList<string>> FirstPageIdsAsync(string path)
    {
        using var response = await api.Client.GetAsync(path.TrimStart('/'));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return response.StatusCode == HttpStatusCode.OK && body.ValueKind == JsonValueKind.Object && body.TryGetProperty("items", out var items)
            ? [.. items.EnumerateArray().Select(i => i.TryGetProperty("id", out var id) ? id.GetString() ?? "" : i.GetRawText())]
            : [];
    }
}
