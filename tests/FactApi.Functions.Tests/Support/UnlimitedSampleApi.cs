namespace FactApi.Functions.Tests.Support;

/// <summary>
/// The sample API without the per-client rate limits local settings turn on, for tests that send thousands of
/// requests to one route and mean to see what the function does with each, not a 429.
/// </summary>
public sealed class UnlimitedSampleApi : SampleApi
{
    protected override IReadOnlyList<string> Settings => ["--DevHost:RateLimits:Ask=0"];
}
