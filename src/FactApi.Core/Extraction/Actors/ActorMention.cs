using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Actors;

/// <summary>Words of a text that name an actor; <see cref="IsKnown"/> when the actor is in the registry.</summary>
public sealed record ActorMention(int Start, int End, string ActorId, string Text, ActorKind Kind, bool IsKnown);
