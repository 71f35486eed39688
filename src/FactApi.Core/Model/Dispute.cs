namespace FactApi.Core.Model;

/// <summary>
/// Speakers who contradict each other about one thing: each side with its speaker, claim, number and evidence.
/// </summary>
public sealed record Dispute(string Id, string Topic, DateOnly? Date, IReadOnlyList<DisputeSide> Sides, string Kind);

public sealed record DisputeSide(string? ActorId, string Speaker, string ClaimId, string Content, NumberMention? Value, Evidence Evidence);
