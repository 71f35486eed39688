using System.Text.Json.Serialization;

namespace FactApi.Core.Model;

public enum SourceKind
{
    [JsonStringEnumMemberName("rss")]
    Rss,
    [JsonStringEnumMemberName("atom")]
    Atom,
    [JsonStringEnumMemberName("article")]
    Article,
    [JsonStringEnumMemberName("claimreview")]
    ClaimReview,
    [JsonStringEnumMemberName("facts")]
    Facts,
}

/// <summary>A curated source, how its last fetch went, and how many facts it contributed.</summary>
public sealed record Source(
    string Id,
    SourceKind Kind,
    string Url,
    string? Title,
    string? Publisher,
    DateOnly? PublishedAt,
    FetchStatus? LastFetch,
    FactCounts Counts);

/// <param name="Extractor">
/// The extraction build (code, models and actor registry) that read the body: a conditional request is only
/// sent when it is the current one, so a new build or registry re-reads every source once.
/// </param>
public sealed record FetchStatus(
    DateTimeOffset At,
    string Status,
    int? HttpStatus = null,
    string? Error = null,
    string? ETag = null,
    string? LastModified = null,
    string? ContentHash = null,
    string? Extractor = null);

public sealed record FactCounts(int Actors, int Events, int Claims)
{
    public static FactCounts None { get; } = new(0, 0, 0);
}
