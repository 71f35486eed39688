using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Claims.Tagging;
using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Most people in the news hold no office the title list knows; the article says what they are instead:
/// "billionaire environmentalist Tom Steyer", "Brian Baker, a longtime political adviser to the family,". Such a
/// description is a role whose title is the phrase itself, when its head word is a noun for one person (WordNet's
/// commonest sense of it is noun.person, or it is listed in <c>person-heads.txt</c>) and the words before the head
/// are nouns or adjectives. Descriptions take no part in coreference: "the adviser" is not an office to resolve.
/// </summary>
public sealed partial class RoleFinder
{
    private const int MaxDescriptionWords = 10;

    // "The bank's chief information security officer, ...": offices run to four words before their head.
    private const int MaxFrontedModifierWords = 4;
    private const int PersonNouns = 18;
    private static readonly Lazy<HashSet<string>> ExtraPersonHeads = new(() => EmbeddedData.DataLines("Actors.Resources.person-heads.txt").ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// "hedge-fund manager S. Donald Sussman": a lower-case person noun right before the name, with up to three
    /// lower-case modifiers and the name of whoever the description is of when one ends right before them ("Trump
    /// critic Mark Cuban").
    /// </summary>
    private static (string Title, string? Of, int Start, int End)? DescribedBefore(string text, int sentenceStart, int nameStart, IReadOnlyList<ActorMention> mentions)
    {
        // Most names have none: the word before must end in a lower-case letter before any list is built.
        var last = nameStart - 1;
        while (last > sentenceStart && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        if (last <= sentenceStart || !char.IsLower(text[last]))
        {
            return null;
        }

        var words = WordsBefore(text, sentenceStart, nameStart, MaxModifierWords + 2);
        // The head is lower case, but for the sentence's first word ("Curator Ana Roe, 68, said").
        if (words.Count == 0 || !(char.IsLower(words[^1].Text[0]) || words[^1].Start == sentenceStart) || !IsPersonHead(words[^1].Text) || words.Any(w => IsPast(w.Text)))
        {
            return null;
        }

        // Modifiers are lower case, but for the sentence's first word ("Port director ...").
        var first = words.Count - 1;
        while (first > 0 && words.Count - first <= MaxModifierWords && IsModifier(words[first - 1].Text)
            && (char.IsLower(words[first - 1].Text[0]) || words[first - 1].Start == sentenceStart))
        {
            first--;
        }

        // "his running mate presidential nominee ...": a word in -ing before the run is part of a compound it cut.
        if (first > 0 && words[first - 1].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var start = words[first].Start;
        var end = words[^1].Start + words[^1].Text.Length;
        if (mentions.LastOrDefault(m => m.End <= start && m.Start >= sentenceStart) is { } owner && text.AsSpan(owner.End, start - owner.End).IsWhiteSpace() && start > owner.End)
        {
            start = owner.Start;
        }

        return (text[start..end], null, start, end);
    }

    /// <summary>
    /// "Elian's great-uncle, Lazaro Gonzalez, ...", "his lawyer, Ana Diaz, ...": a description set before the name
    /// between commas, from its determiner (an article, a possessive pronoun, a name's possessive or an article and a
    /// noun's possessive: "the father's lawyer") to its person
    /// head, with up to four lower-case modifiers between. A name's possessive stays in the title; a pronoun's is
    /// dropped, since the title is read without the sentence it refers in.
    /// </summary>
    private static (string Title, string? Of, int Start, int End)? DescribedFronted(string text, int sentenceStart, int nameStart, int nameEnd)
    {
        var comma = CommaBeforeName(text, sentenceStart, nameStart, nameEnd);
        if (comma < 0)
        {
            return null;
        }

        var words = WordsBefore(text, sentenceStart, comma, MaxFrontedModifierWords + 3);
        if (words.Count < 2 || !char.IsLower(words[^1].Text[0]) || !IsPersonHead(words[^1].Text))
        {
            return null;
        }

        var determiner = words.Count - 2;
        while (determiner > 0 && words.Count - 1 - determiner < MaxFrontedModifierWords && IsFrontedModifier(words[determiner].Text) && !IsDeterminer(words[determiner].Text))
        {
            determiner--;
        }

        var word = words[determiner].Text;
        var possessive = word.Length > 3 && char.IsUpper(word[0]) && IsPossessive(word);

        // "the father's lawyer, Gregory Craig,": a common noun's possessive after its determiner stays in the title.
        var ownedByNoun = !possessive && determiner > 0 && word.Length > 3 && char.IsLower(word[0]) && IsPossessive(word) && IsDeterminer(words[determiner - 1].Text);
        if (!possessive && !ownedByNoun && !IsDeterminer(word) || words.Skip(determiner).Any(w => IsPast(w.Text)))
        {
            return null;
        }

        // "Juan Miguel's father": the owner's other names before its possessive.
        var owner = determiner;
        while (possessive && owner > 0 && words[owner - 1].Text.Length > 1 && char.IsUpper(words[owner - 1].Text[0]) && words[owner - 1].Text.All(c => char.IsLetter(c) || c is '-' or '.'))
        {
            owner--;
        }

        var start = possessive ? words[owner].Start : ownedByNoun ? words[determiner].Start : words[determiner + 1].Start;
        var end = words[^1].Start + words[^1].Text.Length;
        return (text[start..end], null, start, end);
    }

    private static bool IsDeterminer(string word) => FrontedDeterminers.Contains(word);

    private static bool IsNounPossessive(string word) => word.Length > 3 && char.IsLower(word[0]) && IsPossessive(word);

    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    // Between a determiner and its head only modifiers can stand, so any lower-case word will do ("his waiting father").
    private static bool IsFrontedModifier(string word) =>
        word.All(c => char.IsLetter(c) || c == '-') && (char.IsLower(word[0]) || IsModifier(word));

    private static readonly HashSet<string> FrontedDeterminers = EmbeddedData.DataLines("Actors.Resources.description-determiners.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Brian Baker, a longtime political adviser to the Ricketts family who ..." (or "..., Elian's great-uncle,"; "...,
    /// his lawyer,"): the apposition up to a clause or its
    /// second preposition. After the comma and article the words before the head are modifiers ("highly", "acting"),
    /// names or words the news corpus does not know ("longtime"), never its verbs or function words; the head must
    /// name a person.
    /// </summary>
    private (string Title, string? Of, int Start, int End)? DescribedAfter(string after, int offset)
    {
        var match = DescriptionPattern().Match(after);
        if (!match.Success)
        {
            return null;
        }

        var phrase = match.Groups["phrase"];
        var words = WordPattern().Matches(phrase.Value).Take(MaxDescriptionWords + 1).ToList();
        var clause = words.FindIndex(w => ClauseStarts.Contains(w.Value));
        if (clause >= 0)
        {
            words = words[..clause];
        }

        var preposition = words.FindIndex(w => Prepositions.Contains(w.Value));
        var headAt = (preposition < 0 ? words.Count : preposition) - 1;
        // "a political scientist at a university in the district": the description ends before its second preposition.
        // "of" or "for" between capitals belongs to a name ("the University of Vermont", "Priests for Life").
        var second = preposition < 0 ? -1 : Enumerable.Range(preposition + 1, Math.Max(0, words.Count - preposition - 2)).FirstOrDefault(
            i => Prepositions.Contains(words[i].Value) && !(words[i].Value is "of" or "for" && char.IsUpper(words[i - 1].Value[0]) && char.IsUpper(words[i + 1].Value[0])), -1);
        if (second >= 0)
        {
            words = words[..second];
        }

        // After the comma and article a capitalised head is a party or people ("a Democrat from Texas", "the top
        // Republican on the panel"), not a name: the name is the one before the comma.
        if (words.Count is 0 or > MaxDescriptionWords || headAt < 0 || !IsPersonHead(words[headAt].Value)
            || words.Take(headAt).Any(w => IsPast(w.Value) || !(char.IsUpper(w.Value[0]) || char.IsDigit(w.Value[0]) || WordClasses.CanPremodify(w.Value))))
        {
            return null;
        }

        // "Ana Roe, chief economist at Harbour Bank,": with no determiner, only a lower-case head and its preposition.
        if (!match.Groups["article"].Success && !match.Groups["owner"].Success
            && (preposition < 0 || words.Take(headAt + 1).Any(w => !char.IsLower(w.Value[0]))))
        {
            return null;
        }

        var title = phrase.Value[..(words[^1].Index + words[^1].Length)].TrimEnd('.');
        string? of = null;
        if (preposition >= 0 && preposition + 1 < words.Count)
        {
            var owner = phrase.Value[words[preposition + 1].Index..(words[^1].Index + words[^1].Length)];
            of = affiliations.Resolve(owner.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? owner[4..] : owner);
            if (of is not null)
            {
                title = phrase.Value[..(words[headAt].Index + words[headAt].Length)];
            }
        }

        // "Lazaro Gonzalez, Elian's great-uncle,": whose it is stays in the title.
        var owned = match.Groups["owner"];
        return owned.Success
            ? (owned.Value + title, of, offset + owned.Index, offset + phrase.Index + title.Length)
            : (title, of, offset + phrase.Index, offset + phrase.Index + title.Length);
    }

    internal static bool IsPersonHead(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < 3 || !lower.All(c => char.IsLetter(c) || c == '-') || lower.EndsWith("men", StringComparison.Ordinal) || (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal)))
        {
            return false;
        }

        // WordNet's person senses include rare nouns of common verbs ("the haves"): the corpus must also use it as a noun.
        return ExtraPersonHeads.Value.Contains(lower) || (WordSenses.NounFile(WordSenses.Of(lower)) == PersonNouns && WordClasses.CanBeNoun(lower));
    }

    /// <summary>A noun or adjective of a news corpus ("political", "casino"), or an unseen noun or compound of nouns ("billionaire", "hedge-fund").</summary>
    private static bool IsModifier(string word) =>
        word.Length > 1 && word.All(c => char.IsLetterOrDigit(c) || c == '-') && WordClasses.CanModify(word);

    private static readonly HashSet<string> ClauseStarts = EmbeddedData.DataLines("Actors.Resources.description-clause-starts.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Prepositions = EmbeddedData.DataLines("Actors.Resources.description-prepositions.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s*,\s+(?:(?<article>an?|the|his|her|their)\s+|(?-i:(?<owner>(?:\p{Lu}[\p{L}\-.]+\s)*\p{Lu}[\p{L}\-]+['’]s\s+|(?:\p{Lu}[\p{L}\-.]+\s)+\p{Ll}[\p{L}\-]+['’]s\s+))|(?=(?-i:\p{Ll})))(?<phrase>[^,;:()""“”]{2,100})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DescriptionPattern();

    [GeneratedRegex(@"[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|\.(?=\p{L}))*")]
    private static partial Regex WordPattern();
}
