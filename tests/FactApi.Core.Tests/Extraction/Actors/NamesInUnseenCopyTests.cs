using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Actors;

/// <summary>
/// Names as British, Canadian and regional copy writes them, found on blind batches of unseen stories: a personal
/// title without its period, a company the tagger took for a person, and an office owned by "the airline". Invented
/// names.
/// </summary>
public sealed class NamesInUnseenCopyTests
{
    [Fact]
    public void A_personal_title_without_its_period_is_no_part_of_the_name()
    {
        var facts = TestArticle.Extract("The hospital's director, Mette Lindqvist, denied the claim. Ms Lindqvist was sent on paid leave on Friday.");

        Assert.Contains(facts.Actors, a => a.Id == "mette-lindqvist");
        Assert.DoesNotContain(facts.Actors, a => a.Name.StartsWith("Ms", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_ending_in_a_company_word_is_a_company_and_its_first_word_names_it_too()
    {
        var facts = TestArticle.Extract("Video game developer Halvard Interactive will lay off 230 people at its Tessel studio. " +
            "Halvard said the cuts followed a cancelled game.");

        var studio = Assert.Single(facts.Actors, a => a.Name == "Halvard Interactive");
        Assert.Equal(ActorKind.Organization, studio.Kind);
        Assert.DoesNotContain(facts.Actors, a => a.Name == "Halvard");
    }

    [Fact]
    public void The_airlines_office_is_not_the_regulators_named_just_before()
    {
        var facts = TestArticle.Extract(
            "Tessel Air grounded seven aircraft on Monday. Tessel Air said 21,000 passengers were affected. " +
            "Tessel Air shares fell 6%. The Civil Aviation Authority said it was monitoring the inspections. " +
            "The airline's chief financial officer, Priya Raman, told analysts the disruption would cost NZ$8 million.");

        var raman = Assert.Single(facts.Actors, a => a.Name == "Priya Raman");
        Assert.Contains(raman.Roles, r => r.Of == "tessel-air");
    }

    [Fact]
    public void An_office_inside_a_tagged_name_leaves_the_person_after_it()
    {
        var facts = TestArticle.Extract("\u201CEverybody is scared,\u201D said Tessel Lake Mayor Dale Ostrowski, 58.");

        var mayor = Assert.Single(facts.Actors, a => a.Name == "Dale Ostrowski");
        Assert.Contains(mayor.Roles, r => r.Title == "Mayor");
    }

    [Fact]
    public void Letters_after_a_name_are_no_part_of_it_and_make_a_person()
    {
        var facts = TestArticle.Extract("Philippa Greaves KC, for the museum, told the court the loan was lawful. " +
            "The Minister for Transport, Aoife Breen TD, said the route would reopen.");

        var counsel = Assert.Single(facts.Actors, a => a.Name == "Philippa Greaves");
        Assert.Equal(ActorKind.Person, counsel.Kind);
        var minister = Assert.Single(facts.Actors, a => a.Name == "Aoife Breen");
        Assert.Contains(minister.Roles, r => r.Title.StartsWith("Minister", StringComparison.Ordinal));
        Assert.DoesNotContain(facts.Actors, a => a.Name.EndsWith("KC", StringComparison.Ordinal) || a.Name.EndsWith("TD", StringComparison.Ordinal));
    }

    [Fact]
    public void A_personal_title_and_an_office_before_a_name_both_leave_it()
    {
        var facts = TestArticle.Extract("Mrs Justice Adaeze Okonkwo-Hale granted the injunction on Wednesday.");

        var judge = Assert.Single(facts.Actors, a => a.Name == "Adaeze Okonkwo-Hale");
        Assert.Equal(ActorKind.Person, judge.Kind);
        Assert.Contains(judge.Roles, r => r.Title == "Judge");
    }

    [Fact]
    public void An_office_a_relative_clause_says_was_taken_is_held_of_the_body_its_noun_names()
    {
        var facts = TestArticle.Extract("Last month the Cooperativa de Pescadores de Tavira (CPT) won a grant. " +
            "It plans to rebuild the quay over the next three years, and to train new crews at its own school. " +
            "\"This is the first real money in decades,\" said Rita Alves, 39, a biologist who became the cooperative's president in 2024.");

        var president = Assert.Single(facts.Actors, a => a.Name == "Rita Alves");
        Assert.Contains(president.Roles, r => r.Title == "president" && r.Of == "cooperativa-de-pescadores-de-tavira");
    }

    [Fact]
    public void A_trusts_chief_executive_is_the_trusts()
    {
        var facts = TestArticle.Extract("The Harwick Heritage Trust (HHT) won its appeal on Tuesday. " +
            "Carol Penn, the trust's chief executive, said the charity was relieved.");

        var chief = Assert.Single(facts.Actors, a => a.Name == "Carol Penn");
        Assert.Contains(chief.Roles, r => r.Title == "chief executive" && r.Of == "harwick-heritage-trust");
    }

    [Fact]
    public void The_companys_office_is_the_one_organisation_named_before_it_however_far_back()
    {
        var facts = TestArticle.Extract("Tarn Post said the move would save about 140 million crowns a year and that parcels would still be delivered six days a week. " +
            "Letters that would have arrived on a Saturday will instead be delivered on the following Monday. " +
            "Rural households have long relied on the weekend round for pension slips, tax notices and medicine. " +
            "The number of letters posted in the country has fallen by two thirds in ten years. " +
            "\u201CThat arithmetic does not work any more,\u201D Annika Sorel, the company's chief executive, told a news conference in the capital.");

        var chief = Assert.Single(facts.Actors, a => a.Name == "Annika Sorel");
        Assert.Contains(chief.Roles, r => r.Title == "chief executive" && r.Of == "tarn-post");
    }
}
