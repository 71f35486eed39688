using System.Text.Json.Nodes;

namespace FactApi.Core.Answering;

/// <summary>One answer: readable text, its type (date, place, actor, number, quote, role, list) and typed value.</summary>
public sealed record AnswerBody(string Text, string Type, JsonNode? Value);
