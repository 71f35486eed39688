using System.Text.Json.Serialization;

namespace FactApi.Core.Model;

/// <summary>A person, organisation, country or group that facts are about or attributed to.</summary>
/// <param name="Id">Stable slug, e.g. <c>ukraine</c> or <c>volodymyr-zelensky</c>.</param>
public sealed record Actor(
    string Id,
    string Name,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ActorRole> Roles,
    string? Description = null,
    int ClaimCount = 0,
    int EventCount = 0)
{
    /// <summary>The name and every alias: what a search or a speaker filter may be given.</summary>
    [JsonIgnore]
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}

/// <summary>A title held over time ("President" of "ukraine"), with the sentence that reported it.</summary>
public sealed record ActorRole(string Title, string? Of = null, string? From = null, string? To = null, Evidence? Evidence = null);
