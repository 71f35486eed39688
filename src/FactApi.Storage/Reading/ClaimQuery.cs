namespace FactApi.Storage.Reading;

/// <summary>Filters of /claims; <see cref="SpeakerId"/> is already resolved from an id or alias.</summary>
public sealed record ClaimQuery(string? Text, string? SpeakerId, DateOnly? From, DateOnly? To, string? Topic, string? SourceId)
{
    public string Describe() => $"claims|{Text}|{SpeakerId}|{From}|{To}|{Topic}|{SourceId}";
}

/// <summary>Filters of /events; <see cref="ActorId"/> is already resolved.</summary>
public sealed record EventQuery(string? Text, string? ActorId, DateOnly? From, DateOnly? To, string? Place)
{
    public string Describe() => $"events|{Text}|{ActorId}|{From}|{To}|{Place}";
}
