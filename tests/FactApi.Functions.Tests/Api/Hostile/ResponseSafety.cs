using System.Net;

namespace FactApi.Functions.Tests.Api.Hostile;

/// <summary>What every answer to hostile input must be: below 500, no stack trace, and a 4xx is problem+json.</summary>
public static class ResponseSafety
{
    /// <summary>Asserts a safe answer and returns its body.</summary>
    public static async Task<string> AssertSafeAsync(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{what}: {(int)response.StatusCode} {Cut(body)}");
        Assert.False(body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception:", StringComparison.Ordinal), $"{what}: stack trace in {Cut(body)}");
        if ((int)response.StatusCode >= 400 && !RefusedByServer(response, body))
        {
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                $"{what}: {(int)response.StatusCode} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}");
        }

        return body;
    }

    /// <summary>
    /// A NUL in the path or an over-long request line is refused by the HTTP server itself (Kestrel, here and in
    /// Azure) with an empty 400 or 414 before any app code runs.
    /// </summary>
    private static bool RefusedByServer(HttpResponseMessage response, string body) =>
        response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestUriTooLong && body.Length == 0;

    private static string Cut(string body) => body.Length > 300 ? body[..300] + "..." : body;
}
