using System.Text.Json.Serialization;

namespace FactApi.Core.Facts;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(FactFileDocument))]
[JsonSerializable(typeof(ActorRegistryDocument))]
internal sealed partial class CuratedJsonContext : JsonSerializerContext;
