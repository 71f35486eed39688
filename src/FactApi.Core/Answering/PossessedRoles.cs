using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Answering;

/// <summary>
/// "Whitlock's lawyer, Priya Raman of ...": a role whose title is someone's possessive and a noun names its holder by
/// that pair, so "How much will Whitlock's lawyer ask for?" asks about Priya Raman; so does an office of an organisation
/// ("When does the CPost chief executive appear ...?" asks about Annika Sorel). A pair two people hold names neither.
/// </summary>
internal static class PossessedRoles
{
    /// <summary>(folded owner word, folded head noun) → the one actor so described, or null when several are.</summary>
    public static Dictionary<(string Owner, string Head), string?> Of(IEnumerable<Actor> actors)
    {
        var result = new Dictionary<(string, string), string?>();
        var byId = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            foreach (var role in actor.Roles)
            {
                var words = role.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);

                // "the CPost chief executive", "Carvenian Post's chief executive": an office of an organisation, by any of its names.
                if (actor.Kind == ActorKind.Person && role.Of is { } of && byId.TryGetValue(of, out var body) && body.Kind != ActorKind.Person
                    && words.Length > 0 && char.IsLower(words[^1][0]))
                {
                    // Also under the body's id, for a question that names it in a way the stories did not ("CPost").
                    foreach (var bodyWord in body.Names.Where(n => n.Length > 1 && char.IsUpper(n[0])).Select(n => SearchKey.Fold(n.Split(' ')[^1])).Append("@" + of))
                    {
                        var pair = (bodyWord, SearchKey.Fold(words[^1]));
                        result[pair] = result.TryGetValue(pair, out var other) && other != actor.Id ? null : actor.Id;
                    }
                }

                var owner = Array.FindLastIndex(words, w => w.Length > 2 && char.IsUpper(w[0]) && QuestionParser.Strip(w).Length < w.Length);
                if (owner < 0 || owner == words.Length - 1)
                {
                    continue;
                }

                var key = (SearchKey.Fold(QuestionParser.Strip(words[owner])), SearchKey.Fold(words[^1]));
                result[key] = result.TryGetValue(key, out var held) && held != actor.Id ? null : actor.Id;
            }
        }

        return result;
    }

    /// <summary>
    /// The lower-case words right after a name that ends at <paramref name="end"/>, with or without a possessive ("'s
    /// lawyer", " chief executive"), up to three, each folded with where it ends: any may be the head of an office.
    /// </summary>
    public static IEnumerable<(string Head, int End)> Heads(string question, int end)
    {
        var at = end;
        if (at + 3 <= question.Length && question[at] is '\'' or '\u2019' && question[at + 1] == 's')
        {
            at += 2;
        }

        for (var n = 0; n < 3 && at + 1 < question.Length && question[at] == ' ' && char.IsLower(question[at + 1]); n++)
        {
            var stop = ++at;
            while (stop < question.Length && char.IsLetter(question[stop]))
            {
                stop++;
            }

            yield return (SearchKey.Fold(question[at..stop]), stop);
            at = stop;
        }
    }
}
