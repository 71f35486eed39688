namespace FactApi.Core.Extraction.Actors;

/// <summary>A title a text gives an actor ("Norwegian Prime Minister ..."), with the sentence that says so.</summary>
/// <param name="ActorId">The actor holding the office.</param>
/// <param name="Title">Canonical title from the title lexicon.</param>
/// <param name="Of">Id of the country or organisation of the office, when the text names one.</param>
/// <param name="SentenceStart">Offset of the sentence that gives the title.</param>
/// <param name="SentenceEnd">Offset just past that sentence.</param>
public sealed record FoundRole(string ActorId, string Title, string? Of, int SentenceStart, int SentenceEnd);
