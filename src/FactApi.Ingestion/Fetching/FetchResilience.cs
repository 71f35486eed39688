using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace FactApi.Ingestion.Fetching;

/// <summary>
/// The standard resilience handler tuned for a refresh: a few quick retries with jitter, timeouts inside
/// <see cref="FetchOptions.Timeout"/>, and a circuit breaker per source host (the pipeline is selected by authority)
/// so one broken publisher stops costing time without affecting the others.
/// </summary>
internal static class FetchResilience
{
    public static void Configure(HttpStandardResilienceOptions resilience, FetchOptions options)
    {
        resilience.TotalRequestTimeout.Timeout = options.Timeout;

        // Half the total leaves room for a retry after one attempt that hung.
        var attempt = options.Timeout / 2;
        resilience.AttemptTimeout.Timeout = attempt;

        resilience.Retry.MaxRetryAttempts = Math.Max(1, options.MaxRetries);
        resilience.Retry.Delay = options.RetryDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, args.Context.CancellationToken));

        // A refresh asks a host for tens of pages, not hundreds: the default throughput of 100 would never trip.
        resilience.CircuitBreaker.MinimumThroughput = 10;
        resilience.CircuitBreaker.FailureRatio = 0.5;
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(60).Ticks, 2 * attempt.Ticks));
        resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
        resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, args.Context.CancellationToken));
    }

    /// <summary>
    /// A refusal by the private-network guard is final, and says nothing about the host's health; nor does the
    /// caller giving up.
    /// </summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) =>
        outcome.Exception switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => false,
            { } exception when Refusal(exception) is not null => false,
            _ => HttpClientResiliencePredicates.IsTransient(outcome),
        };

    public static PrivateNetworkRefusedException? Refusal(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PrivateNetworkRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
