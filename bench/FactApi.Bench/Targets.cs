using FactApi.Core.Synthetic;

namespace FactApi.Bench;

/// <summary>
/// What load.sh asks of a generated store: its busiest speaker (id and the name a reader would type), the
/// subject they talk about most, and a question about it; the store is regenerated, not read.
/// </summary>
internal static class Targets
{
    public static int Print(int claims, int seed)
    {
        var store = SyntheticFacts.Generate(claims, seed);
        var all = store.Sets.SelectMany(s => s.Claims).ToList();
        var people = store.Registry.Where(a => a.Kind == Core.Model.ActorKind.Person).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var busiest = all.Where(c => c.Speaker.ActorId is { } id && people.ContainsKey(id))
            .GroupBy(c => c.Speaker.ActorId!, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var actor = people[busiest.Key];
        var topic = busiest.Where(c => c.Numbers.Count > 0).GroupBy(c => c.Topic!, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().First();
        Console.WriteLine($"ACTOR_ID={actor.Id}");
        Console.WriteLine($"SPEAKER={Uri.EscapeDataString(actor.Name)}");
        var name = topic.Topic!;
        var place = name[(name.LastIndexOf(" in ", StringComparison.Ordinal) + 4)..];
        Console.WriteLine($"QUESTION={Uri.EscapeDataString($"How many {topic.Numbers[0].Unit} did {actor.Aliases[0]} count in {place}?")}");
        Console.WriteLine($"ACTOR_CLAIMS={busiest.Count()}");
        return 0;
    }
}
