using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FactApi.DevHost.Http;

/// <summary>
/// Per-client request limits for chosen functions (<c>DevHost:RateLimits:&lt;FunctionName&gt;</c> = requests per
/// minute per client address), with ASP.NET Core's rate limiter; over the limit is a 429 problem with Retry-After.
/// In Azure the same limit belongs in front of the app (API Management or Front Door), see docs/reliability.md.
/// </summary>
public static class RateLimits
{
    public static IReadOnlyDictionary<string, int> Read(IConfiguration configuration) =>
        configuration.GetSection("DevHost:RateLimits").GetChildren()
            .Where(c => int.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            .ToDictionary(c => c.Key, c => int.Parse(c.Value!, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    public static string PolicyName(string function) => "per-client:" + function;

    public static void Add(IServiceCollection services, IReadOnlyDictionary<string, int> limits)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                    detail: "This client has sent too many requests to this route; try again in a minute.").ExecuteAsync(context.HttpContext);
            };
            foreach (var (function, perMinute) in limits)
            {
                options.AddPolicy(PolicyName(function), context => RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            }
        });
    }
}
