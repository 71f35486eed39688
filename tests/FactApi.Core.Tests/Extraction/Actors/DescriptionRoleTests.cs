using FactApi.Core.Extraction.Actors;

namespace FactApi.Core.Tests.Extraction.Actors;

/// <summary>People the title list has no office for, described by what they are; invented names and sentences.</summary>
public sealed class DescriptionRoleTests
{
    [Theory]
    [InlineData("The fund's backers include shipping magnate Orvil Tarrant and others.", "orvil-tarrant", "shipping magnate")]
    [InlineData("Two donors, billionaire environmentalist Maren Holtby and hedge-fund manager Ilan Vesk, gave the most.", "maren-holtby", "billionaire environmentalist")]
    [InlineData("Two donors, billionaire environmentalist Maren Holtby and hedge-fund manager Ilan Vesk, gave the most.", "ilan-vesk", "hedge-fund manager")]
    [InlineData("\"It is late,\" said Jorun Bakke, a longtime political adviser to the Halvard family who runs the campaign.", "jorun-bakke", "longtime political adviser to the Halvard family")]
    [InlineData("\"It is late,\" said Tove Amdal, a political scientist at the University of Tromsdal in the north.", "tove-amdal", "political scientist at the University of Tromsdal")]
    [InlineData("Sindre Lauvik, the founder of a ferry company, bought the pier.", "sindre-lauvik", "founder of a ferry company")]
    [InlineData("Tove Amdal, the top Democrat on the harbour committee, called for a vote.", "tove-amdal", "top Democrat on the harbour committee")]
    [InlineData("Tove Amdal, a highly respected maritime lawyer, called for a vote.", "tove-amdal", "highly respected maritime lawyer")]
    [InlineData("The ministry wants to order Maren's great-uncle, Orvil Tarrant, to return the boat.", "orvil-tarrant", "Maren's great-uncle")]
    [InlineData("The court let the boy join his waiting father, Orvil Tarrant, who lives in Tromsdal.", "orvil-tarrant", "waiting father")]
    [InlineData("The harbour pilot, Tove Amdal, called for a vote.", "tove-amdal", "harbour pilot")]
    [InlineData("The boy stayed with Orvil Tarrant, Maren's great-uncle, for five months.", "orvil-tarrant", "Maren's great-uncle")]
    [InlineData("\"We stay,\" said Orvil Tarrant, her lawyer, on Sunday.", "orvil-tarrant", "lawyer")]
    [InlineData("Of those who stayed, Maren Holtby's father, Orvil Tarrant, runs the yard.", "orvil-tarrant", "Maren Holtby's father")]
    [InlineData("In the drama, Orvil Tarrant, 59, a soft-spoken bus mechanic, stayed out of sight.", "orvil-tarrant", "soft-spoken bus mechanic")]
    [InlineData("The ministry saw no risk, and the father's lawyer, Orvil Tarrant, called the claims outrageous.", "orvil-tarrant", "father's lawyer")]
    public void A_person_noun_before_the_name_or_in_an_apposition_describes_them(string text, string actorId, string title)
    {
        var (_, roles) = ActorPipeline.Run(text);

        Assert.Contains(roles, r => r.ActorId == actorId && r.Title == title && r.Of is null);
    }

    [Fact]
    public void An_office_before_the_name_and_a_description_after_a_parenthesis_are_both_kept()
    {
        var (_, roles) = ActorPipeline.Run("Another choice is Del. Ann Roevik (D-Eastvale), a corporate attorney who led the transition.");

        Assert.Contains(roles, r => r.ActorId == "ann-roevik" && r.Title == "Delegate");
        Assert.Contains(roles, r => r.ActorId == "ann-roevik" && r.Title == "corporate attorney");
    }

    [Theory]
    [InlineData("Gov. Ilse Varnholt opened the bridge.", "Governor")]
    [InlineData("Sen. Ilse Varnholt opened the bridge.", "Senator")]
    [InlineData("Rep. Ilse Varnholt opened the bridge.", "Representative")]
    [InlineData("Chief Justice Ilse Varnholt opened the bridge.", "Chief Justice")]
    public void A_short_form_of_an_office_before_a_name_is_that_office(string text, string title)
    {
        var (_, roles) = ActorPipeline.Run(text);

        Assert.Contains(roles, r => r.ActorId == "ilse-varnholt" && r.Title == title);
    }

    [Theory]
    [InlineData("His running mate senator nominee Orvil Tarrant spoke first.")]
    [InlineData("The former shipping magnate Orvil Tarrant spoke first.")]
    [InlineData("Orvil Tarrant, the owners of the yard, spoke first.")]
    [InlineData("Orvil Tarrant, a quickly growing concern, spoke first.")]
    [InlineData("They said Orvil Tarrant spoke first.")]
    [InlineData("They thanked the crew, Orvil Tarrant and the pilots.")]
    [InlineData("He visited the old port, Orvil Tarrant, and the docks.")]
    public void Words_that_do_not_describe_one_person_now_give_no_role(string text)
    {
        var (_, roles) = ActorPipeline.Run(text);

        Assert.DoesNotContain(roles, r => r.ActorId == "orvil-tarrant");
    }
}
