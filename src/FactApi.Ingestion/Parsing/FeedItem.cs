namespace FactApi.Ingestion.Parsing;

/// <summary>One entry of a feed: an absolute http(s) link to the article, and what the feed says about it.</summary>
public sealed record FeedItem(Uri Link, string? Title, DateTimeOffset? Published);
