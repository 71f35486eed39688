using FactApi.Core.Extraction.Text;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// "Ingrid Bakker, the company's spokeswoman": an office whose owner is a common noun for an organisation (owner-nouns.txt)
/// belongs to the organisation the text named last before it, and one whose name holds the noun wins over a nearer one
/// ("the bureau's chairman" after "the Central Electoral Bureau"); one not so named must be about a sentence away at
/// most. An office owned by an organisation's own name in the possessive ("Nordvik's chief executive") is that
/// organisation's, and so is a bare office only organisations have ("chief executive Ana Roe", organisation-offices.txt)
/// when one was named about a sentence before, or else the story's own organisation ("Tom Ashworth, the finance
/// director," paragraphs after "FlexHall"). A role with no such organisation stays as it was.
/// </summary>
internal static class OwnerNouns
{
    private static readonly IReadOnlyDictionary<string, string> Nouns = Lexicon.Load("Actors.Resources.owner-nouns.txt");
    /// <summary>Every owner noun, lower case.</summary>
    public static IEnumerable<string> Words => Nouns.Keys;

    /// <summary>Whether a folded word is an owner noun ("union", "ministry"): a name holding one says what kind of body it is.</summary>
    public static bool IsNoun(string word) => Nouns.ContainsKey(word);

    private static readonly HashSet<string> Offices = EmbeddedData.DataLines("Actors.Resources.organisation-offices.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<FoundRole> Resolve(IReadOnlyList<FoundRole> roles, IReadOnlyList<ActorMention> mentions)
    {
        if (!roles.Any(r => r.Of is null))
        {
            return roles;
        }

        var organisations = mentions.Where(m => m.Kind == ActorKind.Organization).ToList();
        var main = new Lazy<string?>(() => MainCompany(organisations));
        return roles.Select(r => r.Of is not null ? r
            : Owned(r.Title) is var (noun, title) && (Nearest(organisations, noun, r.PhraseStart >= 0 ? r.PhraseStart : r.SentenceEnd, r.SentenceStart, r.ActorId)
                ?? (Nouns[noun] == "main" && main.Value != r.ActorId ? main.Value : null)
                ?? (Nouns[noun] == "main" ? OnlyBefore(organisations, noun, r.PhraseStart >= 0 ? r.PhraseStart : r.SentenceStart, r.ActorId) : null)) is { } owner
                ? r with { Title = title, Of = owner }
            : NamedOwner(r.Title, organisations, r.ActorId) is var (named, rest) ? r with { Title = rest, Of = named }
            : Offices.Contains(r.Title) && (Nearest(organisations, noun: null, r.PhraseStart >= 0 ? r.PhraseStart : r.SentenceStart, r.SentenceStart, r.ActorId)
                ?? (main.Value != r.ActorId ? main.Value : null)) is { } last ? r with { Of = last }
            : r).ToList();
    }

    /// <summary>
    /// "Nordvik's chief executive", "IAIA's director of legal affairs": a possessive that is how the text names an
    /// organisation (its name, or a short form coreference gave it) owns the office.
    /// </summary>
    private static (string Owner, string Title)? NamedOwner(string title, List<ActorMention> organisations, string holder)
    {
        var space = title.IndexOf(' ', StringComparison.Ordinal);
        if (space < 3 || !(title.AsSpan(0, space).EndsWith("'s") || title.AsSpan(0, space).EndsWith("\u2019s")) || !char.IsUpper(title[0]))
        {
            return null;
        }

        var name = title[..(space - 2)];
        var owners = organisations.Where(m => m.ActorId != holder && string.Equals(m.Text, name, StringComparison.Ordinal)).Select(m => m.ActorId).Distinct(StringComparer.Ordinal).ToList();
        return owners.Count == 1 ? (owners[0], title[(space + 1)..]) : null;
    }

    /// <summary>"company's spokeswoman" and "company spokeswoman" give (company, spokeswoman); "head of the institute" gives (institute, head).</summary>
    private static (string Noun, string Title)? Owned(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && (words[0].EndsWith("'s", StringComparison.OrdinalIgnoreCase) || words[0].EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase))
            && Nouns.ContainsKey(words[0][..^2].ToLowerInvariant()))
        {
            return (words[0][..^2].ToLowerInvariant(), string.Join(' ', words[1..]));
        }

        // "company spokesman", "union president": the noun before an office names its owner as its possessive does.
        if (words.Length >= 2 && Nouns.ContainsKey(words[0].ToLowerInvariant()) && TitleLexicon.Default.Find(string.Join(' ', words[1..])) is { } office)
        {
            return (words[0].ToLowerInvariant(), office);
        }

        if (words.Length >= 4 && words[^3] is "of" or "for" or "at" && words[^2] == "the" && Nouns.ContainsKey(words[^1].ToLowerInvariant()))
        {
            return (words[^1].ToLowerInvariant(), string.Join(' ', words[..^3]));
        }

        return null;
    }

    /// <summary>
    /// The organisation the story is about: named at least three times and more often than any other, with no owner
    /// noun in its name (a union or ministry is not what "the company" refers to).
    /// </summary>
    internal static string? MainCompany(List<ActorMention> organisations)
    {
        // Only its names count: "the company" and "the group" that coreference gave it hold an owner noun, not its name.
        var counts = organisations.Where(m => !m.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)).GroupBy(m => m.ActorId, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Count: g.Count(), Named: g.Any(m => SearchKey.Fold(m.Text).Split(' ').Any(Nouns.ContainsKey))))
            .OrderByDescending(c => c.Count).ToList();
        return counts is [var first, ..] && first.Count >= 3 && (counts.Count == 1 || counts[1].Count < first.Count) && !first.Named ? first.Id : null;
    }

    /// <summary>
    /// "Annika Sorel, the company's chief executive," two sentences after "Carvenian Post (CPost) said": the one
    /// organisation the text has named before the office, when its name says it is no other kind of body.
    /// </summary>
    private static string? OnlyBefore(List<ActorMention> organisations, string noun, int before, string holder)
    {
        var earlier = organisations.Where(m => m.End <= before && m.ActorId != holder).Select(m => m.ActorId).Distinct(StringComparer.Ordinal).ToList();
        return earlier.Count == 1 && !organisations.Any(m => m.ActorId == earlier[0] && OtherKind(m.Text, noun)) ? earlier[0] : null;
    }

    private static bool OtherKind(string name, string noun) =>
        SearchKey.Fold(name).Split(' ') is var words && words.Any(w => w != noun && Nouns.ContainsKey(w));

    // How far before the role's sentence an organisation not named by the noun may be: about one sentence. Further
    // back, the last organisation named is as likely to be a different one (or a place the tagger took for one).
    internal const int NearbyChars = 300;

    private static string? Nearest(List<ActorMention> organisations, string? noun, int before, int sentenceStart, string holder)
    {
        var earlier = organisations.Where(m => m.End <= before && m.ActorId != holder).ToList();
        var named = noun is null ? null : earlier.LastOrDefault(m => SearchKey.Fold(m.Text).Split(' ').Any(word => Names(word, noun)));
        // "the airline's chief financial officer" right after "The Civil Aviation Authority said": a name that says it
        // is another kind of body (it holds another owner noun) is not the one the noun refers to.
        return (named ?? earlier.LastOrDefault(m => m.End >= sentenceStart - NearbyChars && (noun is null || !OtherKind(m.Text, noun))))?.ActorId;
    }

    /// <summary>A name's word for the noun: the noun itself, or for a long noun the same word with another ending ("Cooperativa" for "cooperative").</summary>
    private static bool Names(string word, string noun) =>
        word == noun || (noun.Length >= 7 && word.Length >= noun.Length - 1 && word.Length <= noun.Length + 1 && word.StartsWith(noun[..^1], StringComparison.Ordinal));
}
