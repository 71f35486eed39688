using FactApi.Core.Answering;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Answering;

/// <summary>
/// A results story about one organisation the name tagger does not know: an apposition says it is an organisation, "the
/// company" and "the London-listed group" are it even where an analyst's firm with a company word in its name is named in
/// passing, a bare office is its office, and a question about its revenue is answered with the sum, not the rise beside it.
/// </summary>
public sealed class StoryCompanyTests
{
    private const string Text =
        "Harwood, the discount furniture chain, reported a 22% rise in annual profit on Tuesday. " +
        "The London-listed group said revenue rose 9% to £418.6 million in the year to March. " +
        "Harwood opened 14 new stores during the year and now trades from 190 sites. " +
        "Mirela Dancu, an analyst at Holloway Brandt Securities, said the store count flattered the business because several sites were due to close. " +
        "The company said it would hold a capital markets day on June 9. " +
        "Greta Lindqvist, the finance director, said about half of the new stores were already profitable. " +
        "Harwood expects to open up to 20 stores this year.";

    private static readonly DateOnly AsOf = new(2031, 4, 3);
    private static readonly Lazy<FactApi.Core.Facts.FactSet> Facts = new(() => TestArticle.Extract(Text));
    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => TestArticle.AnswererOver(Facts.Value));

    [Fact]
    public void An_apposition_that_calls_a_name_a_chain_makes_it_an_organisation()
    {
        Assert.Equal(ActorKind.Organization, Assert.Single(Facts.Value.Actors, a => a.Id == "harwood").Kind);
    }

    [Fact]
    public void The_company_and_the_group_are_the_story_s_own_organisation()
    {
        Assert.All(
            Facts.Value.Claims.Where(c => c.Speaker.Text.StartsWith("The ", StringComparison.Ordinal)),
            c => Assert.Equal("harwood", c.Speaker.ActorId));
        Assert.Contains(Facts.Value.Claims, c => c.Speaker.Text == "The London-listed group" && c.Speaker.ActorId == "harwood");
    }

    [Fact]
    public void A_bare_office_is_the_story_s_own_organisation_s()
    {
        var holder = Assert.Single(Facts.Value.Actors, a => a.Id == "greta-lindqvist");
        Assert.Contains(holder.Roles, r => r.Title == "Finance Director" && r.Of == "harwood");
    }

    [Theory]
    [InlineData("Who is Harwood's finance director?", "Greta Lindqvist")]
    [InlineData("What was Harwood's revenue?", "£418.6 million")]
    [InlineData("By how much did Harwood's revenue rise?", "9%")]
    [InlineData("When is Harwood's capital markets day?", "9 June 2031")]
    [InlineData("What did Dancu say about Harwood's store count?", "flattered the business")]
    public void Questions_about_the_story_s_organisation_are_answered(string question, string expected)
    {
        var answer = Answerer.Value.Ask(question, AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains(expected, answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_head_of_a_board_is_no_board()
    {
        var facts = TestArticle.Extract("The Regional Water Board met on Monday. Ilse Varga, the head of the board, said the dam was safe.");

        Assert.Equal(ActorKind.Person, Assert.Single(facts.Actors, a => a.Id == "ilse-varga").Kind);
    }

    [Fact]
    public void A_count_whose_sentence_holds_none_of_the_question_s_words_is_no_answer_however_well_the_lead_does()
    {
        var answerer = TestArticle.Answerer(
            "Harwood, the bicycle parts maker, swung to an operating loss in the first half as dealers cut orders. " +
            "Harwood said demand had weakened across Europe. " +
            "Harwood now expects full-year revenue of between £420 million and £450 million, the company said.");

        var answer = answerer.Ask("How big was Harwood's operating loss in the first half?", AsOf);

        Assert.False(answer.Answered, answer.Body?.Text);
    }

    [Fact]
    public void The_company_is_the_organisation_the_headline_names_though_another_is_named_more_often()
    {
        var source = new Source("leak", SourceKind.Article, "https://example.test/leak", "Ammonia leak at Norvale Foods cold store", null, TestArticle.Published, null, FactCounts.None);
        var text =
            "Norvale Foods reported an ammonia leak at its cold store on Thursday. Tromsdal Ferries said its sailings were delayed. " +
            "Tromsdal Ferries said passengers were safe. Tromsdal Ferries diverted two boats to Halden. " +
            "The company says about 150kg of ammonia was released from its refrigeration system.";
        var facts = new FactApi.Core.Extraction.FactExtractor([]).Extract(new FactApi.Core.Extraction.ExtractionInput(source.Id, source.Url, source.Title, TestArticle.Published, text), source);

        Assert.Contains(facts.Claims, c => c.Speaker.Text == "The company" && c.Speaker.ActorId == "norvale-foods");
    }
}
