using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Answering;

/// <summary>
/// The folded surname of every person with a name of two words or more, and the one person it names; null when
/// people of different ids share it. Questions ask by surname and claims mention by it, listed as an alias or not.
/// </summary>
internal static class Surnames
{
    public static Dictionary<string, string?> Of(IEnumerable<Actor> actors) =>
        actors.Where(a => a.Kind == ActorKind.Person && a.Name.Contains(' ', StringComparison.Ordinal))
            .GroupBy(a => SearchKey.Fold(a.Name).Split(' ')[^1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count() == 1 ? g.First().Id : null, StringComparer.Ordinal);

    /// <summary>The people who share each surname that more than one person has, in a fixed order.</summary>
    public static Dictionary<string, string[]> Shared(IEnumerable<Actor> actors) =>
        actors.Where(a => a.Kind == ActorKind.Person && a.Name.Contains(' ', StringComparison.Ordinal))
            .GroupBy(a => SearchKey.Fold(a.Name).Split(' ')[^1], StringComparer.Ordinal)
            .Select(g => (g.Key, Ids: g.Select(a => a.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()))
            .Where(g => g.Ids.Length > 1)
            .ToDictionary(g => g.Key, g => g.Ids, StringComparer.Ordinal);
}
