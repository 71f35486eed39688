namespace FactApi.Core.Facts;

/// <summary>The JSON of curated/actors.json: the actors FactApi knows by name before reading any text.</summary>
public sealed class ActorRegistryDocument
{
    public List<ActorRegistryEntry> Actors { get; set; } = [];
}

public sealed class ActorRegistryEntry
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public List<string> Aliases { get; set; } = [];

    public string? Description { get; set; }

    public List<ActorRegistryRole> Roles { get; set; } = [];
}

public sealed class ActorRegistryRole
{
    public string? Title { get; set; }

    public string? Of { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }
}
