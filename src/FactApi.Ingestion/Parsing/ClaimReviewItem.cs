namespace FactApi.Ingestion.Parsing;

/// <summary>One schema.org ClaimReview: the claim checked, who made it and when, and the checker's verdict.</summary>
public sealed record ClaimReviewItem(string ClaimText, string? ClaimAuthor, DateOnly? ClaimDate, string Rating, Uri? ReviewUrl,
    string? ReviewPublisher, DateOnly? ReviewDate);
