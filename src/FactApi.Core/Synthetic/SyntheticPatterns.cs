using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactApi.Core.Synthetic;

/// <summary>The building blocks of synthetic stores, read once from <c>Resources/patterns.json</c>.</summary>
internal sealed class SyntheticPatterns
{
    private static readonly Lazy<SyntheticPatterns> Embedded = new(Load);

    public static SyntheticPatterns Default => Embedded.Value;

    public List<string> GivenNames { get; set; } = [];

    public List<string> FamilyRoots { get; set; } = [];

    public List<string> FamilySuffixes { get; set; } = [];

    public List<string> PlaceRoots { get; set; } = [];

    public List<CountrySuffix> CountrySuffixes { get; set; } = [];

    public List<string> CitySuffixes { get; set; } = [];

    public List<OrganizationPattern> Organizations { get; set; } = [];

    public List<string> Titles { get; set; } = [];

    public List<SubjectPattern> Subjects { get; set; } = [];

    public List<string> Qualifiers { get; set; } = [];

    public List<string> Periods { get; set; } = [];

    public List<ClaimPattern> Claims { get; set; } = [];

    public List<string> Contents { get; set; } = [];

    public List<ClaimPattern> Denials { get; set; } = [];

    public List<string> DenialContents { get; set; } = [];

    public List<string> Roles { get; set; } = [];

    public List<EventPattern> Events { get; set; } = [];

    public List<string> Headlines { get; set; } = [];

    private static SyntheticPatterns Load()
    {
        using var stream = typeof(SyntheticPatterns).Assembly.GetManifestResourceStream("FactApi.Core.Synthetic.Resources.patterns.json")
            ?? throw new InvalidOperationException("Missing embedded resource Synthetic/Resources/patterns.json.");
        return JsonSerializer.Deserialize(stream, SyntheticJsonContext.Default.SyntheticPatterns)
            ?? throw new InvalidOperationException("Synthetic/Resources/patterns.json is empty.");
    }
}

internal sealed record CountrySuffix(string Suffix, string Adjective);

internal sealed record OrganizationPattern(string Name, string Alias);

internal sealed record SubjectPattern(string Subject, string Unit, int Min, int Max);

internal sealed record ClaimPattern(string Cue, string Sentence, string Form = "indirect");

internal sealed record EventPattern(string What, string Sentence, int Actors, bool Range = false);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(SyntheticPatterns))]
internal sealed partial class SyntheticJsonContext : JsonSerializerContext;
