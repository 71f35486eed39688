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

public sealed record FetchStatus(
    DateTimeOffset At,
    string Status,
    int? HttpStatus = null,
    string? Error = null,
    string? ETag = null,
    string? LastModified = null,
    string? ContentHash = null);

public sealed record FactCounts(int Actors, int Events, int Claims)
{
    public static FactCounts None { get; } = new(0, 0, 0);
}
