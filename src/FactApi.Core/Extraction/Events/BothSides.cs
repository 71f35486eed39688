using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Events;

/// <summary>
/// "Delegations from both sides will meet on May 18", "the final agreement will be signed by the two countries'
/// presidents": the event involves the two parties the article is about, though its sentence names neither.
/// The phrases are data (both-sides.txt).
/// </summary>
internal static class BothSides
{
    private static readonly Regex Phrase = new(
        @"\b(?:" + string.Join('|', EmbeddedData.DataLines("Events.Resources.both-sides.txt").Select(p => Regex.Escape(p).Replace("\\ ", "\\s+", StringComparison.Ordinal))) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The event with the article's two main parties among its actors when its sentence names them only as both sides.</summary>
    public static Event Resolve(Event e, IReadOnlyList<string> parties) =>
        parties.Count == 2 && Phrase.IsMatch(e.Evidence.Sentence) && !parties.All(e.Actors.Contains)
            ? e with { Actors = [.. e.Actors, .. parties.Where(p => !e.Actors.Contains(p))] }
            : e;
}
