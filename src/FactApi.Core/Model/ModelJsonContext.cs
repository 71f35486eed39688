using System.Text.Json.Serialization;

namespace FactApi.Core.Model;

/// <summary>The one JSON shape of the model, for storage and the API alike (source-generated, no reflection).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(Mention))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Dispute))]
public sealed partial class ModelJsonContext : JsonSerializerContext;
