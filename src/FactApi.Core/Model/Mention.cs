namespace FactApi.Core.Model;

/// <summary>One place a text refers to an actor (full name, surname or title phrase): a link of a coreference chain.</summary>
public sealed record Mention(string ActorId, string Text, int Start, int End);
