using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Actors;

public sealed class ActorLinkingTests
{
    [Theory]
    [InlineData("Kovalskyy")]
    [InlineData("Kovalskiy")]
    [InlineData("Kovalski")]
    public void A_transliteration_variant_links_to_the_registry_person(string spelling)
    {
        var text = $"Speaking in Kyiv, {spelling} said the convoy had arrived.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("dmytro-kovalsky", ActorPipeline.IdAt(text, mentions, spelling));
    }

    [Fact]
    public void An_office_of_two_words_the_tagger_took_into_an_organisations_name_leaves_the_person()
    {
        var facts = TestArticle.Extract("The closure has split the Tessel County Board of Supervisors. Board Chair Gloria Vasquez-Ruud has proposed a one-time grant.");

        var chair = Assert.Single(facts.Actors, a => a.Name == "Gloria Vasquez-Ruud");
        Assert.Equal(ActorKind.Person, chair.Kind);
        Assert.Contains(chair.Roles, r => r.Title == "Chair");
        Assert.DoesNotContain(facts.Actors, a => a.Name.StartsWith("Board Chair", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_letter_slip_in_a_long_surname_links()
    {
        const string text = "Speaking in Kyiv, Kovalzky said the convoy had arrived.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("dmytro-kovalsky", ActorPipeline.IdAt(text, mentions, "Kovalzky"));
    }

    [Fact]
    public void A_full_name_with_a_variant_spelling_links_too()
    {
        const string text = "Dmytro Kovalskyy said the convoy had arrived.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("dmytro-kovalsky", ActorPipeline.IdAt(text, mentions, "Dmytro Kovalskyy"));
    }

    [Theory]
    [InlineData("Norwegian forces", "norway")]
    [InlineData("Swedish officials", "sweden")]
    public void A_demonym_with_a_group_noun_is_the_country(string words, string id)
    {
        var text = $"On Sunday {words} said the border was closed.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal(id, ActorPipeline.IdAt(text, mentions, words));
    }

    [Theory]
    [InlineData("Officials said Finland would close its border on Sunday.", "Finland", "finland")]
    [InlineData("The minister said troops had left Burma by March.", "Burma", "myanmar")]
    [InlineData("Officials said Ivory Coast would hold the vote in June.", "Ivory Coast", "ivory-coast")]
    public void A_country_the_registry_lacks_is_an_actor_by_its_own_name(string text, string words, string id)
    {
        var (mentions, _) = ActorPipeline.Run(text);
        var mention = Assert.Single(mentions, m => m.Text == words);
        Assert.Equal((id, ActorKind.Country, false), (mention.ActorId, mention.Kind, mention.IsKnown));
    }

    [Fact]
    public void A_demonym_group_of_a_country_the_registry_lacks_is_that_country()
    {
        const string text = "On Sunday Finnish officials said the border was closed.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("finland", ActorPipeline.IdAt(text, mentions, "Finnish officials"));
    }

    [Fact]
    public void A_place_that_is_no_country_is_no_actor()
    {
        const string text = "The convoy reached Tampere on Sunday, officials said.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.DoesNotContain(mentions, m => m.Text == "Tampere");
    }

    [Fact]
    public void A_union_numbered_with_No_keeps_its_number()
    {
        const string text = "Members of Tarrow Mine Workers' Union No. 1 walked out on Monday after talks collapsed.";
        var (mentions, _) = ActorPipeline.Run(text);

        Assert.Equal("tarrow-mine-workers-union-no-1", ActorPipeline.IdAt(text, mentions, "Tarrow Mine Workers' Union No. 1"));
    }

    [Fact]
    public void A_name_the_registry_lacks_keeps_a_stable_slug()
    {
        const string text = "Quillon Marbeck said the bridge would reopen.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("quillon-marbeck", ActorPipeline.IdAt(text, mentions, "Quillon Marbeck"));
    }

    [Theory]
    [InlineData("A reporter for the Oslo Herald said the ferry had sailed.", "Oslo Herald")]
    [InlineData("Stockholm Energy AB said the plant would reopen in May.", "Stockholm Energy AB")]
    public void A_registry_name_inside_a_longer_organisation_name_is_that_organisation(string text, string organisation)
    {
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.DoesNotContain(mentions, m => m.ActorId is "norway" or "sweden");
        Assert.Equal(ActorIds.FromName(organisation), ActorPipeline.IdAt(text, mentions, organisation));
    }

    [Fact]
    public void A_registry_name_the_tagger_takes_whole_still_links()
    {
        const string text = "Officials in Oslo said the ferry had sailed.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("norway", ActorPipeline.IdAt(text, mentions, "Oslo"));
    }

    [Fact]
    public void A_headline_name_the_text_never_repeats_gives_way_to_its_first_words_found_as_a_name_below()
    {
        const string text = "Odile Marchetti Hammers Port Board Over Cranes\n\n" +
            "Harbour union spokeswoman Odile Marchetti said on Monday that the cranes were unsafe.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("odile-marchetti", ActorPipeline.IdAt(text, mentions, "Odile Marchetti"));
        Assert.DoesNotContain(mentions, m => m.ActorId.StartsWith("odile-marchetti-", StringComparison.Ordinal));
    }
}
