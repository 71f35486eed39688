using FactApi.Core.Extraction;
using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Claims;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Claims;

public class PersonGendersTests
{
    private static readonly ActorMention Ortiz = new(0, 0, "lena-ortiz", "Ortiz", ActorKind.Person, false);
    private static readonly ActorMention Sten = new(0, 0, "arvid-sten", "Sten", ActorKind.Person, false);

    private static SentenceView Sentence(string text, params (string Name, string Id)[] people) =>
        new(0, text.Length, text, [.. people.Select(p => new ActorMention(text.IndexOf(p.Name, StringComparison.Ordinal), text.IndexOf(p.Name, StringComparison.Ordinal) + p.Name.Length, p.Id, p.Name, ActorKind.Person, false))], [], []);

    [Fact]
    public void A_title_before_a_name_and_pronouns_after_a_person_named_alone_tell_the_gender()
    {
        var genders = new PersonGenders(
        [
            Sentence("The talks were led by Mrs. Ortiz.", ("Ortiz", "lena-ortiz")),
            Sentence("Sten said his unit had seen no breaches.", ("Sten", "arvid-sten")),
        ]);

        Assert.Equal((true, false), (genders.Agrees(Ortiz, "she"), genders.Agrees(Ortiz, "he")));
        Assert.Equal((true, false), (genders.Agrees(Sten, "He"), genders.Agrees(Sten, "she")));
    }

    [Fact]
    public void Pronouns_in_a_sentence_naming_two_people_tell_nothing_and_an_untold_gender_agrees_with_neither()
    {
        var genders = new PersonGenders([Sentence("Sten told Ortiz that her plan would fail.", ("Sten", "arvid-sten"), ("Ortiz", "lena-ortiz"))]);

        Assert.Null(genders.Agrees(Sten, "she"));
        Assert.Null(genders.Agrees(Ortiz, "he"));
        Assert.Null(genders.Agrees(Ortiz, "they"));
    }
}
