using FactApi.Core.Extraction.Actors;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Answering;

/// <summary>
/// The folded surnames of every person with a name of two words or more (Coreference.SurnamesOf), and the one person it names; null when
/// people of different ids share it. Questions ask by surname and claims mention by it, listed as an alias or not.
/// </summary>
internal static class Surnames
{
    public static Dictionary<string, string?> Of(IEnumerable<Actor> actors) =>
        BySurname(actors).ToDictionary(g => g.Key, g => g.Value.Length == 1 ? g.Value[0] : null, StringComparer.Ordinal);

    /// <summary>The people who share each surname that more than one person has, in a fixed order.</summary>
    public static Dictionary<string, string[]> Shared(IEnumerable<Actor> actors) =>
        BySurname(actors).Where(g => g.Value.Length > 1).ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, string[]>> BySurname(IEnumerable<Actor> actors) =>
        actors.Where(a => a.Kind == ActorKind.Person && a.Name.Contains(' ', StringComparison.Ordinal))
            .SelectMany(a => Coreference.SurnamesOf(a.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(s => !s.Contains(' ', StringComparison.Ordinal)).Select(s => (Surname: s, a.Id)))
            .GroupBy(p => p.Surname, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Select(p => p.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()));
}
