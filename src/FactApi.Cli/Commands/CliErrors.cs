using Azure;
using FactApi.Core.Facts;

namespace FactApi.Cli.Commands;

/// <summary>
/// The failures a curator meets in normal use (storage not running, a wrong connection string, a mistake in a
/// curated file), told in one line with what to do, instead of a stack trace.
/// </summary>
internal static class CliErrors
{
    /// <summary>A one-line explanation of <paramref name="exception"/>, or null when it is no known failure (a bug: show it whole).</summary>
    public static string? Describe(Exception exception)
    {
        if (Flatten(exception).OfType<FactFileException>().FirstOrDefault() is { } curated)
        {
            return $"factapi: {curated.Message.Split('\n')[0].Trim()} ('factapi sources validate' lists every problem of a manifest).";
        }

        var failure = Flatten(exception).OfType<RequestFailedException>().FirstOrDefault();
        if (failure is null)
        {
            return null;
        }

        // Status 0: no HTTP answer at all (connection refused, name not resolved, timeout).
        return failure.Status == 0
            ? $"factapi: cannot reach Azure Storage ({failure.Message.Split('\n')[0].Trim()}). Start Azurite (README: Run it, test it) or pass --connection / set AzureWebJobsStorage."
            : $"factapi: Azure Storage answered {failure.Status} {failure.ErrorCode}: {failure.Message.Split('\n')[0].Trim()}";
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        yield return exception;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : exception.InnerException is { } one ? [one] : [];
        foreach (var child in inner.SelectMany(Flatten))
        {
            yield return child;
        }
    }
}
