using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactApi.Functions.Tests.Support;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Api;

/// <summary>
/// Injection attempts in every parameter: each is refused (4xx problem) or matches nothing; none returns
/// other data, a 5xx or a stack trace.
/// </summary>
public sealed class HostileInputTests(SampleApi api) : IClassFixture<SampleApi>
{
    public static readonly string[] Values =
    [
        "' or ''='", "PartitionKey ne '", "x' or PartitionKey ne 'y", "/", "\\", "#", "?", "a/b\\c#d?e", "%00", "\u0000", "\u0007bell",
        "..%2F..%2F", "../../etc/passwd", "<script>alert(1)</script>", "\u202Eevil", "\U0001F600", "~0041", "|", "speaker|dmitry-peskov",
        new string('x', 2000), "' and RowKey gt '", "*",
    ];

    public static readonly (string Route, string Parameter)[] FilterParameters =
    [
        ("api/actors", "q"), ("api/claims", "q"), ("api/claims", "speaker"), ("api/claims", "topic"), ("api/claims", "source"),
        ("api/events", "q"), ("api/events", "actor"), ("api/events", "place"), ("api/actors/ukraine/claims", "q"), ("api/actors/ukraine/events", "place"),
        ("api/disputes", "q"), ("api/disputes", "actor"),
    ];

    public static readonly (string Route, string[] Parameters)[] ValidatedParameters =
    [
        ("api/actors", ["limit", "cursor", "kind"]), ("api/claims", ["limit", "cursor", "from", "to"]), ("api/events", ["limit", "cursor", "from", "to"]),
        ("api/disputes", ["limit", "cursor", "from", "to"]),
    ];

    [Fact]
    public async Task Filters_with_hostile_values_match_nothing_or_are_refused()
    {
        var sent = 0;
        foreach (var (route, parameter) in FilterParameters)
        {
            foreach (var value in Values)
            {
                var response = await api.Client.GetAsync($"{route}?{parameter}={Uri.EscapeDataString(value)}");
                sent++;
                await AssertSafeAsync(response, $"{route}?{parameter}=<{value.Length} chars>");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items");
                if (parameter != "q")
                {
                    Assert.True(items.GetArrayLength() == 0, $"{route}?{parameter}={value} returned {items.GetArrayLength()} items");
                    continue;
                }

                // Free text may legitimately match ("' or ''='" searches for the word "or"), but only items holding its words.
                var words = Regex.Matches(value.ToLowerInvariant(), @"[\p{L}\p{N}]+").Select(m => m.Value).ToList();
                Assert.All(items.EnumerateArray(), item => Assert.All(words, w => Assert.Contains(w, item.GetRawText().ToLowerInvariant(), StringComparison.Ordinal)));
            }
        }

        Assert.Equal(FilterParameters.Length * Values.Length, sent);
    }

    [Fact]
    public async Task Validated_parameters_with_hostile_values_are_a_400_naming_them()
    {
        foreach (var (route, parameters) in ValidatedParameters)
        {
            foreach (var parameter in parameters)
            {
                foreach (var value in Values)
                {
                    var response = await api.Client.GetAsync($"{route}?{parameter}={Uri.EscapeDataString(value)}");
                    var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
                    Assert.True(parameter == problem.GetProperty("parameter").GetString(), $"{route}?{parameter}={value}");
                }
            }
        }
    }

    [Fact]
    public async Task Ids_with_hostile_values_are_not_found()
    {
        foreach (var route in new[] { "api/actors/{0}", "api/claims/{0}", "api/sources/{0}", "api/disputes/{0}", "api/actors/{0}/claims" })
        {
            foreach (var value in Values.Where(v => v.Length < 1000))
            {
                var response = await api.Client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, Uri.EscapeDataString(value)));
                await AssertSafeAsync(response, route);
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{route} with {value}: {(int)response.StatusCode}");
            }
        }
    }

    private static async Task AssertSafeAsync(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{what}: {(int)response.StatusCode} {body}");
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        // A NUL in the path is refused by the HTTP server itself (Kestrel, here and in Azure) before any app code runs.
        var refusedByServer = response.StatusCode == HttpStatusCode.BadRequest && body.Length == 0;
        if ((int)response.StatusCode >= 400 && !refusedByServer)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
