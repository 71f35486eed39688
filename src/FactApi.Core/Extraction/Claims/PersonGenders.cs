using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Actors;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// Which people of one article are men and which women, from the article alone, so that "she said" is not given to
/// the last man named: a title or kin word at or right before a name ("Mrs.", "spokeswoman", "her husband") counts
/// three votes, a gendered pronoun after a person named alone in a sentence ("Ortiz said her ministry ...") one.
/// A person with no votes, or as many each way, has no gender and agrees with either pronoun.
/// </summary>
internal sealed partial class PersonGenders
{
    private static readonly IReadOnlyDictionary<string, string> Words = Lexicon.Load("Claims.Resources.gendered-words.txt");
    private const int TitleVotes = 3;

    /// <summary>Per person, votes for a man minus votes for a woman.</summary>
    private readonly Dictionary<string, int> balance = new(StringComparer.Ordinal);

    public PersonGenders(IReadOnlyList<SentenceView> sentences)
    {
        foreach (var sentence in sentences)
        {
            var people = sentence.Mentions.Where(m => m.Kind == ActorKind.Person).ToList();
            foreach (var person in people)
            {
                foreach (var word in (ReadOnlySpan<string?>)[FirstWord(person.Text), WordBefore(sentence, person)])
                {
                    if (word is not null && Gender(word, "title") is { } gender)
                    {
                        Vote(person.ActorId, gender, TitleVotes);
                        break;
                    }
                }
            }

            if (people.Count == 0 || people.Any(p => p.ActorId != people[0].ActorId))
            {
                continue;
            }

            foreach (Match word in Word().Matches(sentence.Text, Math.Max(0, people[0].End - sentence.Start)))
            {
                if (Gender(word.Value, "pronoun") is { } gender)
                {
                    Vote(people[0].ActorId, gender, 1);
                }
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="pronoun"/> (he, she...) can stand for <paramref name="person"/>: true or false when the
    /// article tells the person's gender, null when it does not (or the word is no gendered pronoun).
    /// </summary>
    public bool? Agrees(ActorMention person, string pronoun)
    {
        var votes = balance.GetValueOrDefault(person.ActorId);
        if (Gender(pronoun, "pronoun") is not { } gender || votes == 0)
        {
            return null;
        }

        return (votes > 0) == (gender == 'm');
    }

    private static char? Gender(string word, string kind) =>
        Words.TryGetValue(word, out var value) && value.EndsWith(kind, StringComparison.Ordinal) ? value[0] : null;

    private void Vote(string actorId, char gender, int count) =>
        balance[actorId] = balance.GetValueOrDefault(actorId) + (gender == 'm' ? count : -count);

    private static string? FirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? text[..space] : null;
    }

    private static string? WordBefore(SentenceView sentence, ActorMention mention)
    {
        var text = sentence.Text;
        var end = Math.Clamp(mention.Start - sentence.Start, 0, text.Length);
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        return start < end ? text[start..end] : null;
    }

    [GeneratedRegex(@"\b\p{L}+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
