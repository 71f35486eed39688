using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Synthetic;

/// <summary>A generated store: the actor registry and one fact set per synthetic article.</summary>
public sealed record SyntheticStore(IReadOnlyList<Actor> Registry, IReadOnlyList<FactSet> Sets)
{
    public int Claims => Sets.Sum(s => s.Claims.Count);

    public int Events => Sets.Sum(s => s.Events.Count);
}
