using System.Text.Json.Serialization;

namespace FactApi.Core.Sources;

public sealed class SourceManifestDocument
{
    public List<SourceManifestEntry> Sources { get; set; } = [];
}

public sealed class SourceManifestEntry
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Url { get; set; }

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public DateOnly? PublishedAt { get; set; }

    public bool? Enabled { get; set; }

    public int? RefreshMinutes { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(SourceManifestDocument))]
internal sealed partial class SourcesJsonContext : JsonSerializerContext;
