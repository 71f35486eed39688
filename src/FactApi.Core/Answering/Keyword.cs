using System.Collections.Frozen;
using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Answering;

/// <summary>
/// A question's content word in the three forms a fact may hold it in: the word, its stem (so "violations" meets
/// "violating", "lasting" meets "last", "German" meets "Germany") and its synonym group (so "truce" meets
/// "ceasefire").
/// </summary>
internal readonly record struct Keyword(string Word, string Stem, string? Group, bool Required)
{
    public static Keyword Of(string word, bool required) => new(word, StemOf(word), Synonyms.Group(word), required);

    /// <summary>
    /// The word (an irregular verb's form read as its base) without one inflectional ending (-ing, -ed, -s; a doubled final consonant undoubled, so "planned"
    /// is "plan"; -ied and -ies back to -y, so "denied" is "deny") and without a final e (so "raise" meets "raised"),
    /// cut to five letters. Crude, but it only ever adds a partial match.
    /// </summary>
    public static string StemOf(string word)
    {
        // "took" and "taken" are "take" (irregular-verbs.txt).
        word = IrregularBase.GetValueOrDefault(word, word);
        // "denied", "denies" and "deny" are one verb; "applied", "applies" and "apply".
        var stem = word.Length >= 5 && (word.EndsWith("ied", StringComparison.Ordinal) || word.EndsWith("ies", StringComparison.Ordinal))
            ? word[..^3] + "y"
            : WithoutEnding(word);
        if (stem.Length > 3 && stem[^1] == 'e')
        {
            stem = stem[..^1];
        }

        return stem.Length > 5 ? stem[..5] : stem;
    }

    private static string WithoutEnding(string word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                var stem = word[..^ending.Length];
                return ending != "s" && stem.Length >= 4 && stem[^1] == stem[^2] && !"aeiouls".Contains(stem[^1], StringComparison.Ordinal) ? stem[..^1] : stem;
            }
        }

        return word;
    }

    private static readonly string[] Endings = ["ing", "ed", "s"];

    private static readonly FrozenDictionary<string, string> IrregularBase = EmbeddedData.DataLines("Answering.Resources.irregular-verbs.txt")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .SelectMany(forms => forms.Skip(1).Select(form => KeyValuePair.Create(form, forms[0])))
        .DistinctBy(p => p.Key, StringComparer.Ordinal)
        .ToFrozenDictionary(StringComparer.Ordinal);
}
