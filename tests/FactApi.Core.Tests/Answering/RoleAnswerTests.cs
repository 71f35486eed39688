namespace FactApi.Core.Tests.Answering;

/// <summary>How a role reads in an answer.</summary>
public sealed class RoleAnswerTests
{
    private static readonly DateOnly AsOf = new(2031, 4, 5);

    [Fact]
    public void An_office_that_names_its_owner_is_not_followed_by_the_owner_again()
    {
        var answer = TestArticle.Answerer("The Harbour Union called a strike on Monday. Pell Oskarsen, who heads the Harbour Union, said the vote would go ahead.")
            .Ask("Who is Pell Oskarsen?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("Pell Oskarsen, head of the Harbour Union", answer.Body!.Text);
    }
}
