using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// Which people of one article are men and which women, from the article alone, so that "she said" is not given to
/// the last man named: a title or kin word at or right before a name ("Mrs.", "spokeswoman", "her husband") counts
/// three votes, a gendered pronoun after a person named alone in a sentence ("Ortiz said her ministry ...") one.
/// A person with no votes, or as many each way, has no gender and agrees with either pronoun.
/// </summary>
internal sealed class PersonGenders
{
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Words = Lexicon.LoadForSpans("Claims.Resources.gendered-words.txt");
    private const int TitleVotes = 3;

    /// <summary>Per person, votes for a man minus votes for a woman.</summary>
    private readonly Dictionary<string, int> balance = new(StringComparer.Ordinal);

    public PersonGenders(IReadOnlyList<SentenceView> sentences)
    {
        foreach (var sentence in sentences)
        {
            ActorMention? alone = null;
            var several = false;
            foreach (var person in sentence.Mentions)
            {
                if (person.Kind != ActorKind.Person)
                {
                    continue;
                }

                several |= alone is not null && alone.ActorId != person.ActorId;
                alone ??= person;
                if ((Gender(FirstWord(person.Text), "title") ?? Gender(TitleBefore(sentence, person), "title")) is { } gender)
                {
                    Vote(person.ActorId, gender, TitleVotes);
                }
            }

            if (alone is not null && !several)
            {
                CountPronouns(sentence, alone);
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

    private static char? Gender(ReadOnlySpan<char> word, string kind) =>
        !word.IsEmpty && Words.TryGetValue(word, out var value) && value.EndsWith(kind, StringComparison.Ordinal) ? value[0] : null;

    /// <summary>The gendered pronouns after the one person a sentence names, each a vote for that person.</summary>
    private void CountPronouns(SentenceView sentence, ActorMention person)
    {
        var text = sentence.Text.AsSpan();
        var i = Math.Clamp(person.End - sentence.Start, 0, text.Length);
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > start && Gender(text[start..i], "pronoun") is { } gender)
            {
                Vote(person.ActorId, gender, 1);
            }

            i = Math.Max(i, start + 1);
        }
    }

    private void Vote(string actorId, char gender, int count) =>
        balance[actorId] = balance.GetValueOrDefault(actorId) + (gender == 'm' ? count : -count);

    private static ReadOnlySpan<char> FirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? text.AsSpan(0, space) : [];
    }

    private static ReadOnlySpan<char> TitleBefore(SentenceView sentence, ActorMention mention)
    {
        var (start, end) = WordBefore.Find(sentence.Text, Math.Clamp(mention.Start - sentence.Start, 0, sentence.Text.Length), 0, periods: true);
        return sentence.Text.AsSpan(start, end - start);
    }
}
