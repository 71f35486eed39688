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
}
