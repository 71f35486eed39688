using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Answering;

/// <summary>
/// "Whitlock's lawyer, Priya Raman of ...": a role whose title is someone's possessive and a noun names its holder by
/// that pair, so "How much will Whitlock's lawyer ask for?" asks about Priya Raman. A pair two people hold names neither.
/// </summary>
internal static class PossessedRoles
{
    /// <summary>(folded owner word, folded head noun) → the one actor so described, or null when several are.</summary>
    public static Dictionary<(string Owner, string Head), string?> Of(IEnumerable<Actor> actors)
    {
        var result = new Dictionary<(string, string), string?>();
        foreach (var actor in actors)
        {
            foreach (var role in actor.Roles)
            {
                var words = role.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
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

    /// <summary>The folded noun right after a possessive that ends at <paramref name="end"/> ("'s lawyer"), or null.</summary>
    public static string? Head(string question, int end)
    {
        var at = end;
        if (at + 3 > question.Length || question[at] is not ('\'' or '\u2019') || question[at + 1] != 's' || question[at + 2] != ' ')
        {
            return null;
        }

        at += 3;
        var stop = at;
        while (stop < question.Length && char.IsLetter(question[stop]))
        {
            stop++;
        }

        return stop > at && char.IsLower(question[at]) ? SearchKey.Fold(question[at..stop]) : null;
    }
}
