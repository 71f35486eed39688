using System.Text.Json;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Sources;

/// <summary>
/// curated/sources.json: the sources a curator maintains. Reading it checks every entry and reports all
/// problems at once, each naming the entry and the field.
/// </summary>
public static class SourceManifest
{
    public static ManifestResult Parse(string json, string path = "sources.json")
    {
        SourceManifestDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, SourcesJsonContext.Default.SourceManifestDocument);
        }
        catch (JsonException e)
        {
            return new ManifestResult([], [$"{path}: not valid JSON for a source manifest: {e.Message}"]);
        }

        if (document is null)
        {
            return new ManifestResult([], [$"{path}: empty document."]);
        }

        var sources = new List<ManifestSource>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Sources.Count; i++)
        {
            var entry = document.Sources[i];
            var where = $"{path}: sources[{i}]" + (string.IsNullOrWhiteSpace(entry.Id) ? "" : $" ('{entry.Id}')");
            var problems = Check(entry, seen).Select(p => $"{where}: {p}").ToList();
            errors.AddRange(problems);
            if (problems.Count == 0)
            {
                sources.Add(new ManifestSource(entry.Id!, ParseKind(entry.Kind)!.Value, entry.Url!, entry.Title, entry.Publisher,
                    entry.PublishedAt, entry.Enabled ?? true, entry.RefreshMinutes ?? ManifestSource.DefaultRefreshMinutes));
            }
        }

        return new ManifestResult(sources, errors);
    }

    private static IEnumerable<string> Check(SourceManifestEntry entry, HashSet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(entry.Id))
        {
            yield return "'id' is required.";
        }
        else if (!IdPattern.IsValid(entry.Id))
        {
            yield return $"id '{entry.Id}' must be lowercase letters, digits and single hyphens.";
        }
        else if (!seen.Add(entry.Id))
        {
            yield return $"id '{entry.Id}' is used by an earlier entry.";
        }

        if (ParseKind(entry.Kind) is null)
        {
            yield return $"kind '{entry.Kind}' must be one of rss, atom, article, claimreview, facts.";
        }

        if (string.IsNullOrWhiteSpace(entry.Url))
        {
            yield return "'url' is required.";
        }
        else if (Uri.TryCreate(entry.Url, UriKind.Absolute, out var absolute) && !absolute.IsFile)
        {
            if (absolute.Scheme is not ("http" or "https"))
            {
                yield return $"url '{entry.Url}' must be http or https, or a path relative to the manifest.";
            }
        }
        else if (Path.IsPathRooted(entry.Url) || entry.Url.Split('/', '\\').Contains(".."))
        {
            yield return $"url '{entry.Url}' must be http(s) or a path inside the manifest's folder (no leading '/' or '..').";
        }

        if (entry.RefreshMinutes is < 1 or > 10080)
        {
            yield return $"refreshMinutes {entry.RefreshMinutes} must be between 1 and 10080 (a week).";
        }
    }

    private static SourceKind? ParseKind(string? kind) => kind?.ToLowerInvariant() switch
    {
        "rss" => SourceKind.Rss,
        "atom" => SourceKind.Atom,
        "article" => SourceKind.Article,
        "claimreview" => SourceKind.ClaimReview,
        "facts" => SourceKind.Facts,
        _ => null,
    };
}

public sealed record ManifestResult(IReadOnlyList<ManifestSource> Sources, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>One checked entry of the manifest.</summary>
public sealed record ManifestSource(
    string Id, SourceKind Kind, string Url, string? Title, string? Publisher, DateOnly? PublishedAt, bool Enabled, int RefreshMinutes)
{
    public const int DefaultRefreshMinutes = 30;

    /// <summary>True for an http(s) URL; otherwise the URL is a file path relative to the manifest.</summary>
    public bool IsRemote => Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
