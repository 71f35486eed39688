using FactApi.Core.Extraction;
using FactApi.Core.Facts;
using FactApi.Core.Model;

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
    public void A_speaker_called_by_age_gives_the_age_of_the_person_named_before()
    {
        var answer = TestArticle.Answerer("The federation's alpine director, Hakon Lien, said the rule was overdue. " +
            "\u201CWe have seen too many injuries,\u201D the 49-year-old said.")
            .Ask("How old is Hakon Lien?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.StartsWith("Hakon Lien: 49", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_age_of_a_name_no_fact_gives_is_not_an_officials_whose_sentence_mentions_it()
    {
        const string title = "Judge halts zoo's plan to send lone elephant Tembo to Spain";
        var source = new Source("zoo", SourceKind.Article, "https://example.test/zoo", title, null, TestArticle.Published, null, FactCounts.None);
        var facts = new FactExtractor([]).Extract(new ExtractionInput(source.Id, source.Url, title, TestArticle.Published,
            "The zoo wants to move Tembo, a 47-year-old elephant, to Spain. " +
            "In a statement, zoo director Martin Sellars, 52, said the site had never housed an animal of Tembo's size."), source);
        var answerer = TestArticle.AnswererOver(facts);

        Assert.False(answerer.Ask("How old is Tembo?", AsOf).Answered);
        Assert.True(answerer.Ask("How old is the zoo director?", AsOf).Answered);
    }

    [Fact]
    public void A_justice_is_the_judge_asked_of()
    {
        var answer = TestArticle.Answerer("A cellist who paid £340,000 for a cello told the High Court she had been misled. " +
            "Mr Justice Pendry, who is hearing the case, said the trial would last about eight days.")
            .Ask("Who is the judge in the cello case?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.StartsWith("Pendry", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who is the mayor of Tarnby Creek?", "Ann Roe, Mayor")]
    [InlineData("How old is the mayor of Tarnby Creek?", "Ann Roe: 61")]
    public void A_bare_office_in_a_story_datelined_at_a_place_is_that_places(string question, string expected)
    {
        var answer = TestArticle.Answerer("TARNBY CREEK, Kan. (AP) \u2014 The city council in this farm town voted Tuesday to open a city-owned grocery store. " +
            "The vote clears the way for the city to lease the old market.\n\n" +
            "\u201CA town without a store starts to die,\u201D said Mayor Ann Roe, 61, who has led the town since 2019.")
            .Ask(question, AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.StartsWith(expected, answer.Body!.Text, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("How old is the harbour union leader?", 44)]
    [InlineData("How old is the union president?", 44)]
    [InlineData("How old is the port director?", 61)]
    public void An_age_asked_of_an_office_is_its_holders(string question, int age)
    {
        var answer = TestArticle.Answerer(
            "Members of the Harbour Workers' Union walked out on Monday. Union president Pell Oskarsen, 44, said 2,300 had joined. " +
            "Port director Anselm Kravic, 61, said the cranes were idle.").Ask(question, AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal(age, answer.Body!.Value!["value"]!.GetValue<int>());
    }

    [Fact]
    public void An_age_asked_of_an_office_in_another_country_is_not_known()
    {
        var answerer = TestArticle.Answerer("Norway's central bank cut its rate on Tuesday. Governor Ada Lind, 58, said inflation was under control.");

        Assert.True(answerer.Ask("How old is the governor?", AsOf).Answered);
        Assert.False(answerer.Ask("How old is the Swedish governor?", AsOf).Answered);
    }

    [Fact]
    public void The_owner_of_an_office_in_an_apposition_is_an_actor_and_the_age_before_the_office_is_the_persons()
    {
        var answerer = TestArticle.Answerer("Census row\n\nWhen Pell Oskarsen, the 63-year-old chairman of the Arden Census Board, announced the figure on Monday, critics called it too low.");

        var who = answerer.Ask("Who is Pell Oskarsen?", new DateOnly(2031, 4, 3));
        var age = answerer.Ask("How old is the head of the Arden Census Board?", new DateOnly(2031, 4, 3));

        Assert.True(who.Answered, who.Reason);
        Assert.Contains("Arden Census Board", who.Body!.Text, StringComparison.Ordinal);
        Assert.True(age.Answered, age.Reason);
        Assert.Contains("63", age.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_opens_by_calling_someone_by_age_gives_the_age_of_the_first_person_the_sentence_before_names()
    {
        var answerer = TestArticle.Answerer(
            "Ada Lind of Norway rode away from her rivals on the final climb on Saturday to win the fifth stage. " +
            "The 24-year-old Tromsdal rider crossed the line 22 seconds ahead of Mira Oskarsen, who said she had no answer on the climb.");

        var answer = answerer.Ask("How old is Lind?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.StartsWith("Ada Lind: 24 years old", answer.Body!.Text, StringComparison.Ordinal);
        Assert.False(answerer.Ask("How old is Oskarsen?", AsOf).Answered);
    }

    [Fact]
    public void A_speaker_named_by_forename_in_her_own_claim_with_an_age_now_gives_it()
    {
        var answerer = TestArticle.Answerer(
            "For most of last year Mira Oskarsen did her homework with one eye closed. " +
            "\"I was just exhausted by lunch,\" says Mira, now 15, sitting outside her school in Halden.");

        var answer = answerer.Ask("How old is Mira Oskarsen?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.StartsWith("Mira Oskarsen: 15 years old", answer.Body!.Text, StringComparison.Ordinal);
    }
}
