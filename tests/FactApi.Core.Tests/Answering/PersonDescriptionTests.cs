using FactApi.Core.Answering;

namespace FactApi.Core.Tests.Answering;

/// <summary>
/// "Who is X?" of someone the story gives no office: the age and the words set beside the name, citing that
/// sentence, rather than "not known". Invented names.
/// </summary>
public sealed class PersonDescriptionTests
{
    private const string Text =
        "At dawn Ana Brekk is already three rows into the field. " +
        "\"Fifty years I have done this,\" says Brekk, 71. " +
        "Olli Varta, 58, a keen birdwatcher, said the gulls had gone from the bay. " +
        "Edda Holm, 66, a retired thatcher who lost her roof, said the water came fast. " +
        "The harbour master, Ines Molde, said the ferry would run on Friday.";

    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => TestArticle.Answerer(Text));

    [Theory]
    [InlineData("Who is Ana Brekk?", "Ana Brekk, 71")]
    [InlineData("Who is Olli Varta?", "Olli Varta, 58, a keen birdwatcher")]
    [InlineData("Who is Ines Molde?", "harbour master")]
    [InlineData("Who is Edda Holm?", "Edda Holm, 66, a retired thatcher")]
    public void A_person_is_described_by_office_or_else_by_age_and_apposition(string question, string expected)
    {
        var answer = Answerer.Value.Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains(expected, answer.Body!.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Evidence);
        Assert.DoesNotContain(" who ", answer.Body.Text, StringComparison.Ordinal);
    }
}
