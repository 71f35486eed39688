using FactApi.Core.Disputes;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Answering;

/// <summary>Everything the answerer may answer from, already in memory: it reads nothing else.</summary>
public sealed record FactSnapshot(IReadOnlyList<Actor> Actors, IReadOnlyList<Event> Events, IReadOnlyList<Claim> Claims, IReadOnlyList<Dispute> Disputes)
{
    /// <summary>
    /// A snapshot of a registry and the fact sets read against it, as the store would hold them: roles read from
    /// articles (which carry their evidence) replace the registry's own, and claims on one topic form disputes.
    /// </summary>
    public static FactSnapshot From(IReadOnlyList<Actor> registry, IReadOnlyList<FactSet> sets)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(sets);
        var readRoles = sets.SelectMany(s => s.Actors).SelectMany(a => a.Roles.Where(r => r.Evidence is not null).Select(r => (a.Id, Role: r)))
            .ToLookup(r => r.Id, r => r.Role, StringComparer.Ordinal);
        var actors = registry.Select(a => readRoles[a.Id].DistinctBy(r => (r.Title, r.Of)).ToList() is { Count: > 0 } read ? a with { Roles = read } : a).ToList();
        var claims = sets.SelectMany(s => s.Claims).ToList();
        var disputes = claims.Where(c => c.Topic is not null).GroupBy(c => c.Topic!, StringComparer.Ordinal)
            .Select(g => DisputeFinder.Find(g.Key, g)).OfType<Dispute>().ToList();
        return new FactSnapshot(actors, sets.SelectMany(s => s.Events).ToList(), claims, disputes);
    }
}
