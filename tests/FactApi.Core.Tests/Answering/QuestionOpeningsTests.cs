using FactApi.Core.Answering;

namespace FactApi.Core.Tests.Answering;

/// <summary>
/// Openings a reader uses for a number or a quote beyond "how many" and "what did X say": a hedge ("About how many"),
/// "how effective", a money verb ("What are farmers paid"), a number noun a few words on ("What price per dose"),
/// "What reasons did X give", "At what depth", "How full", "X says how much ...?".
/// </summary>
public sealed class QuestionOpeningsTests
{
    private const string Text =
        "The late-stage trial of the Varn vaccine enrolled about 18,400 children aged 4 to 16 at 22 sites. " +
        "The vaccine was 79 percent effective at preventing disease with symptoms, its developer Halvik Biologics said. " +
        "Halvik aims to sell the vaccine for less than $10 a dose, its chief scientist Osric Pellow said. " +
        "The growers' alliance said cocoa farmers were being paid as little as 2,600 crowns a bag. " +
        "The river authority said a dry spring and the legal minimum flow for the wetlands had forced it to release less water. " +
        "The outbreak had reached children in nine provinces, the health ministry said. " +
        "The Varn drill struck hot rock at a depth of about 2,080 metres, the project said. " +
        "The Tessel reservoir stood at 6.2% of capacity on Tuesday.";

    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => TestArticle.Answerer(Text));

    [Theory]
    [InlineData("About how many children were enrolled in the trial?", "about 18,400 children")]
    [InlineData("Roughly how many children took part in the vaccine trial?", "about 18,400 children")]
    [InlineData("How effective was the vaccine at preventing disease with symptoms?", "79 percent")]
    [InlineData("What price per dose is Halvik aiming for?", "less than $10")]
    [InlineData("What are cocoa farmers being paid per bag, according to the growers' alliance?", "2,600 crowns")]
    [InlineData("What reasons did the river authority give for releasing less water?", "dry spring")]
    [InlineData("At what depth did the Varn drill strike hot rock?", "about 2,080 metres")]
    [InlineData("How full is the Tessel reservoir?", "6.2%")]
    [InlineData("The growers' alliance says how much cocoa farmers are paid per bag?", "2,600 crowns")]
    public void The_opening_is_read_as_the_question_it_asks(string question, string expected)
    {
        var answer = Answerer.Value.Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains(expected, answer.Body!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which judge suspended the levy?", QuestionKind.Who)]
    [InlineData("Which retailer stopped stocking the chocolate?", QuestionKind.Who)]
    [InlineData("Which side blamed the thruster?", QuestionKind.Who)]
    [InlineData("Which banks are lending the money?", QuestionKind.Who)]
    [InlineData("Which banned drug was found in the sample?", QuestionKind.Unknown)]
    [InlineData("Which film won the festival's top award?", QuestionKind.Unknown)]
    public void Which_asks_who_only_of_a_person_or_an_actors_kind(string question, QuestionKind kind) =>
        Assert.Equal(kind, new QuestionParser([]).Parse(question, new DateOnly(2031, 4, 3)).Kind);
}
