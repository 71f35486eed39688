namespace FactApi.Core.Extraction.Actors;

/// <summary>A title a text gives an actor ("Norwegian Prime Minister ..."), with the sentence that says so.</summary>
/// <param name="ActorId">The actor holding the office.</param>
/// <param name="Title">Canonical title from the title lexicon.</param>
/// <param name="Of">Id of the country or organisation of the office, when the text names one.</param>
/// <param name="SentenceStart">Offset of the sentence that gives the title.</param>
/// <param name="SentenceEnd">Offset just past that sentence.</param>
/// <param name="PhraseStart">Offset of the title words ("U.S. President", "the Kremlin's spokesman"); -1 when unknown.</param>
/// <param name="PhraseEnd">Offset just past the title words.</param>
public sealed record FoundRole(string ActorId, string Title, string? Of, int SentenceStart, int SentenceEnd, int PhraseStart = -1, int PhraseEnd = -1);
