using System.Net;

namespace FactApi.Ingestion.Fetching;

/// <summary>
/// Redirects are followed by the fetcher, not the handler: the handler's own following gives no say over where a hop
/// may go (a Location of file:///etc/passwd reached the connection pool as a request).
/// </summary>
internal static class Redirects
{
    public const int MaxHops = 5;

    /// <summary>Where a redirect response points, resolved against the URL that gave it; null for any other response.</summary>
    public static Uri? Target(Uri current, HttpResponseMessage response)
    {
        var redirect = response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
        var location = response.Headers.Location;
        if (!redirect || location is null)
        {
            return null;
        }

        return location.IsAbsoluteUri ? location : Uri.TryCreate(current, location.OriginalString, out var resolved) ? resolved : null;
    }
}
