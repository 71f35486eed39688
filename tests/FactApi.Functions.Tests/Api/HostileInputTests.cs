using System.Globalization;
using System.Net;
using FactApi.Functions.Tests.Api.Hostile;
using FactApi.Functions.Tests.Support;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Api;

/// <summary>
/// The fixed hostile list where the answer is known exactly: a validated parameter is a 400 naming it, an id is
/// not found. <see cref="OpenApiHostileInputTests"/> sends the same list, and generated values, to every
/// documented parameter and checks that filters never widen.
/// </summary>
public sealed class HostileInputTests(SampleApi api) : IClassFixture<SampleApi>
{
    public static readonly (string Route, string[] Parameters)[] ValidatedParameters =
    [
        ("api/actors", ["limit", "cursor", "kind"]), ("api/claims", ["limit", "cursor", "from", "to"]), ("api/events", ["limit", "cursor", "from", "to"]),
        ("api/disputes", ["limit", "cursor", "from", "to"]),
    ];

    [Fact]
    public async Task Validated_parameters_with_hostile_values_are_a_400_naming_them()
    {
        foreach (var (route, parameters) in ValidatedParameters)
        {
            foreach (var parameter in parameters)
            {
                foreach (var value in HostileValues.NonBlank)
                {
                    var response = await api.Client.GetAsync($"{route}?{parameter}={Uri.EscapeDataString(value)}");
                    var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
                    Assert.True(parameter == problem.GetProperty("parameter").GetString(), $"{route}?{parameter}={HostileValues.Describe(value)}");
                }
            }
        }
    }

    [Fact]
    public async Task Ids_with_hostile_values_are_not_found()
    {
        foreach (var route in new[] { "api/actors/{0}", "api/claims/{0}", "api/sources/{0}", "api/disputes/{0}", "api/actors/{0}/claims" })
        {
            foreach (var value in HostileValues.NonBlank)
            {
                var response = await api.Client.GetAsync(string.Format(CultureInfo.InvariantCulture, route, Uri.EscapeDataString(value)));
                await ResponseSafety.AssertSafeAsync(response, route);
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest or HttpStatusCode.RequestUriTooLong,
                    $"{route} with {HostileValues.Describe(value)}: {(int)response.StatusCode}");
            }
        }
    }
}
