using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Answering;

/// <summary>
/// One person stored under two names because outlets write a middle initial differently ("James C. Kopp" in one
/// wire story, "James Kopp" in another): each article's extractor sees only its own text, so each makes its own id.
/// The answerer takes such actors as one, under the id of the name without initials, so a question about either
/// name finds the facts of both, and a surname they share still names someone. Only when the names agree once
/// initials are dropped and no two of them carry different initials ("John A. Smith" and "John B. Smith" are two
/// people) are they merged.
/// </summary>
internal static class SamePeople
{
    public static FactSnapshot Merge(FactSnapshot facts)
    {
        var into = MergedIds(facts.Actors);
        if (into.Count == 0)
        {
            return facts;
        }

        string Id(string id) => into.GetValueOrDefault(id, id);
        string? OptionalId(string? id) => id is null ? null : Id(id);
        var actors = facts.Actors.GroupBy(a => Id(a.Id), StringComparer.Ordinal).Select(g =>
        {
            var kept = g.FirstOrDefault(a => a.Id == g.Key) ?? g.First();
            return kept with
            {
                Id = g.Key,
                Aliases = g.SelectMany(a => a.Names).Where(n => n != kept.Name).Distinct(StringComparer.Ordinal).ToList(),
                Roles = g.SelectMany(a => a.Roles).Distinct().ToList(),
                ClaimCount = g.Sum(a => a.ClaimCount),
                EventCount = g.Sum(a => a.EventCount),
            };
        }).ToList();
        var claims = facts.Claims.Select(c => c.Speaker.ActorId is { } speaker && into.ContainsKey(speaker) ? c with { Speaker = c.Speaker with { ActorId = Id(speaker) } } : c).ToList();
        var events = facts.Events.Select(e => e.Actors.Any(into.ContainsKey) ? e with { Actors = e.Actors.Select(Id).Distinct(StringComparer.Ordinal).ToList() } : e).ToList();
        var disputes = facts.Disputes.Select(d => d.Sides.Any(s => s.ActorId is { } a && into.ContainsKey(a))
            ? d with { Sides = d.Sides.Select(s => s with { ActorId = OptionalId(s.ActorId) }).ToList() }
            : d).ToList();
        return new FactSnapshot(actors, events, claims, disputes);
    }

    /// <summary>Each merged actor's id and the id it is taken as.</summary>
    private static Dictionary<string, string> MergedIds(IReadOnlyList<Actor> actors)
    {
        var into = new Dictionary<string, string>(StringComparer.Ordinal);
        var people = actors.Where(a => a.Kind == ActorKind.Person).DistinctBy(a => a.Id, StringComparer.Ordinal);
        foreach (var group in people.GroupBy(a => WithoutInitials(a.Name), StringComparer.Ordinal).Where(g => g.Key.Contains(' ', StringComparison.Ordinal) && g.Count() > 1))
        {
            var withInitials = group.Where(a => SearchKey.Fold(a.Name) != group.Key).Select(a => SearchKey.Fold(a.Name)).Distinct(StringComparer.Ordinal).Count();
            if (withInitials > 1)
            {
                continue;
            }

            var kept = group.OrderBy(a => SearchKey.Fold(a.Name) == group.Key ? 0 : 1).ThenBy(a => a.Id, StringComparer.Ordinal).First();
            foreach (var other in group.Where(a => a.Id != kept.Id))
            {
                into[other.Id] = kept.Id;
            }
        }

        return into;
    }

    /// <summary>The folded name without its one-letter words ("james c kopp" → "james kopp").</summary>
    private static string WithoutInitials(string name) =>
        string.Join(' ', SearchKey.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1));
}
