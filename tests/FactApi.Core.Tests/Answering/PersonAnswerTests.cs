namespace FactApi.Core.Tests.Answering;

/// <summary>Who a person is and how old: offices and ages as answers give them.</summary>
public sealed class PersonAnswerTests
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

    [Fact]
    public void An_age_asked_with_the_persons_country_and_office_first_is_the_persons()
    {
        var answer = TestArticle.Answerer("Norway's Foreign Minister Ada Lind spoke to reporters on Monday. Lind, 58, said the talks would resume.")
            .Ask("How old is Norway's foreign minister Ada Lind?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal(58, answer.Body!.Value!["value"]!.GetValue<int>());
    }

    [Fact]
    public void A_shared_surname_with_an_age_is_the_speakers_in_her_own_claim()
    {
        var answerer = TestArticle.Answerer(
            "Health minister Clara Holm resigned on Wednesday over a contract won by a firm part-owned by her husband, Mark Holm. " +
            "Holm, 44, said she had acted properly at all times.");

        var answer = answerer.Ask("How old is Clara Holm?", AsOf);
        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal(44, answer.Body!.Value!["value"]!.GetValue<int>());
        Assert.False(answerer.Ask("How old is Mark Holm?", AsOf).Answered);
    }
}
