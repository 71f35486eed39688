namespace FactApi.Core.Model;

/// <summary>Something that happened or is planned, with a normalised date, place and the actors involved.</summary>
public sealed record Event(
    string Id,
    string What,
    TemporalValue? When,
    string? Place,
    IReadOnlyList<string> Actors,
    Evidence Evidence);
