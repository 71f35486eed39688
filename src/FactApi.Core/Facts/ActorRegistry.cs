using System.Text.Json;
using FactApi.Core.Model;

namespace FactApi.Core.Facts;

/// <summary>Reads curated/actors.json into actors, checking what a curator could get wrong.</summary>
public static class ActorRegistry
{
    public static IReadOnlyList<Actor> Parse(string json, string path = "actors.json")
    {
        ActorRegistryDocument document;
        try
        {
            document = JsonSerializer.Deserialize(json, CuratedJsonContext.Default.ActorRegistryDocument)
                ?? throw new FactFileException($"{path}: empty document.");
        }
        catch (JsonException e)
        {
            throw new FactFileException($"{path}: {e.Message}");
        }

        var actors = new List<Actor>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Actors.Count; i++)
        {
            var entry = document.Actors[i];
            var where = $"{path}: actors[{i}]";
            var id = Required(entry.Id, where, "id");
            if (!IdPattern.IsValid(id))
            {
                throw new FactFileException($"{where}: id '{id}' must be lowercase letters, digits and single hyphens.");
            }

            if (!seen.Add(id))
            {
                throw new FactFileException($"{where}: id '{id}' is used twice.");
            }

            if (!Enum.TryParse<ActorKind>(Required(entry.Kind, where, "kind"), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                throw new FactFileException($"{where}: kind '{entry.Kind}' must be person, organization, country or group.");
            }

            var roles = entry.Roles.Select(r => new ActorRole(Required(r.Title, where, "roles.title"), r.Of, r.From, r.To)).ToList();
            actors.Add(new Actor(id, Required(entry.Name, where, "name"), kind, entry.Aliases.Distinct(StringComparer.Ordinal).ToList(), roles, entry.Description));
        }

        return actors;
    }

    internal static string Required(string? value, string where, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new FactFileException($"{where}: '{field}' is required.") : value;
}
