using FactApi.Core.Extraction.Actors;

namespace FactApi.Core.Tests.Extraction.Actors;

public sealed class RoleFinderTests
{
    [Fact]
    public void A_title_with_a_demonym_before_an_unseen_name_becomes_a_role_of_that_country()
    {
        var (_, roles) = ActorPipeline.Run("Norwegian Prime Minister Alda Kest arrived in Brussels on Monday.");
        Assert.Contains(new FoundRole("alda-kest", "Prime Minister", "norway", 0, 65, 0, 24), roles);
    }

    [Fact]
    public void An_organisation_alias_before_a_title_is_the_owner()
    {
        var (_, roles) = ActorPipeline.Run("Arden spokesperson Pell Oskarsen said the vote would go ahead.");
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "spokesperson" && r.Of == "arden-council");
    }

    [Fact]
    public void An_unlisted_organisation_named_before_a_title_is_the_owner()
    {
        const string text = "The Harbour Union said on Monday that the strike would end. Harbour Union spokesperson Pell Oskarsen said the vote would go ahead.";
        var (mentions, roles) = ActorPipeline.Run(text);
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "spokesperson" && r.Of == "harbour-union");
        Assert.Equal("harbour-union", ActorPipeline.IdAt(text, mentions, "Harbour Union", 60));
    }

    [Fact]
    public void An_office_that_needs_an_owner_takes_the_organisation_named_before_it()
    {
        var (_, roles) = ActorPipeline.Run("The Harbour Union said on Monday that the strike would end. Harbour Union Director Pell Oskarsen said the vote would go ahead.");
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "Director" && r.Of == "harbour-union");
    }

    [Theory]
    [InlineData("Arden County District Attorney Pell Oskarsen said the vote would go ahead.", "District Attorney")]
    [InlineData("Harbour Union agent Pell Oskarsen said the vote would go ahead.", "agent")]
    [InlineData("Arden County Sheriff Pell Oskarsen said the vote would go ahead.", "Sheriff")]
    [InlineData("Velmar Trade Representative Pell Oskarsen said the vote would go ahead.", "Trade Representative")]
    [InlineData("VOA Harbour Correspondent Pell Oskarsen reports from the quay.", "correspondent")]
    public void Prosecution_police_trade_and_press_offices_before_a_name_are_roles(string text, string title)
    {
        var (_, roles) = ActorPipeline.Run(text);
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == title);
    }

    [Fact]
    public void An_apposition_gives_the_title_and_its_owner()
    {
        var (_, roles) = ActorPipeline.Run("Bren Torvik, the Swedish foreign minister, said talks would resume.");
        Assert.Contains(roles, r => r.ActorId == "bren-torvik" && r.Title == "Foreign Minister" && r.Of == "sweden");
    }

    [Fact]
    public void A_possessive_apposition_with_a_spokesman_is_a_spokesperson()
    {
        var (_, roles) = ActorPipeline.Run("Tarn Velik, the Arden Council's spokesman, declined to comment.");
        Assert.Contains(roles, r => r.ActorId == "tarn-velik" && r.Title == "spokesperson" && r.Of == "arden-council");
    }

    [Fact]
    public void A_title_without_an_owner_still_counts()
    {
        var (_, roles) = ActorPipeline.Run("Mayor Ilse Varnholt opened the new bridge.");
        Assert.Contains(roles, r => r.ActorId == "ilse-varnholt" && r.Title == "Mayor" && r.Of is null);
    }

    [Fact]
    public void A_name_after_a_comma_gets_no_title_from_the_clause_before()
    {
        var (_, roles) = ActorPipeline.Run("They met the president, Oskar Lindqvam said.");
        Assert.DoesNotContain(roles, r => r.ActorId == "oskar-lindqvam");
    }

    [Theory]
    [InlineData("Former Swedish Foreign Minister Bren Torvik said talks would resume.")]
    [InlineData("Bren Torvik, the former Swedish foreign minister, said talks would resume.")]
    public void A_former_office_is_not_a_role(string text)
    {
        var (_, roles) = ActorPipeline.Run(text);
        Assert.DoesNotContain(roles, r => r.ActorId == "bren-torvik");
    }

    [Fact]
    public void An_apposition_before_the_name_gives_the_title()
    {
        const string text = "On Friday the Swedish foreign minister, Bren Torvik, said talks would resume.";
        var (mentions, roles) = ActorPipeline.Run(text);
        Assert.Contains(roles, r => r.ActorId == "bren-torvik" && r.Title == "Foreign Minister" && r.Of == "sweden");
        Assert.Equal("bren-torvik", ActorPipeline.IdAt(text, mentions, "the Swedish foreign minister"));
    }

    [Fact]
    public void An_office_and_its_owner_after_a_name_need_no_article()
    {
        const string text = "Pell Oskarsen, president of the Harbour Union, said the vote would go ahead.";
        var (_, roles) = ActorPipeline.Run(text);
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "President" && r.Of == "harbour-union");
    }

    [Fact]
    public void A_description_with_its_preposition_after_a_name_needs_no_article()
    {
        var (_, roles) = ActorPipeline.Run("Pell Oskarsen, chief economist at the Arden Savings Bank, said rates would fall.");
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title.StartsWith("chief economist at", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Pell Oskarsen, Harbour Union and the council said the vote would go ahead.")]
    [InlineData("Pell Oskarsen, however, said the vote would go ahead.")]
    public void A_name_and_a_comma_before_other_words_give_no_role(string text)
    {
        var (_, roles) = ActorPipeline.Run(text);
        Assert.DoesNotContain(roles, r => r.ActorId == "pell-oskarsen");
    }

    [Fact]
    public void An_office_of_a_common_noun_before_the_name_keeps_the_noun_for_its_owner()
    {
        var (_, roles) = ActorPipeline.Run("The two dissenters, including the board's vice-president, Pell Oskarsen, favoured a pause.");
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "board's vice-president");
    }

    [Fact]
    public void An_apposition_before_a_name_that_ends_its_sentence_is_its_office()
    {
        var (_, roles) = ActorPipeline.Run("The fire had burnt 38,000 hectares, according to the state's fire commissioner, Pell Oskarsen.");
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "state's fire commissioner");
    }

    [Fact]
    public void A_personal_title_between_the_comma_and_the_name_is_the_names()
    {
        var (_, roles) = ActorPipeline.Run("\"We are acting,\" the agency's director, Dr. Pell Oskarsen, told a news conference.");
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "agency's director");
    }

    [Fact]
    public void An_office_of_a_place_before_the_name_keeps_the_place_in_its_title()
    {
        var (_, roles) = ActorPipeline.Run("The mayor of Tarrow Shire, Pell Oskarsen, said the count was wrong.");
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "mayor of Tarrow Shire");
    }

    [Fact]
    public void A_second_office_joined_by_and_is_a_role_too()
    {
        const string text = "The Harbour Union met on Monday. Pell Oskarsen, the deputy prime minister and leader of the Harbour Union, said the vote would go ahead.";
        var (_, roles) = ActorPipeline.Run(text);
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "deputy prime minister");
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "leader" && r.Of == "harbour-union");
    }

    [Fact]
    public void A_relative_clause_that_heads_something_gives_an_office()
    {
        const string text = "The Harbour Union said on Monday that the strike would end. Pell Oskarsen, who heads the Harbour Union, said the vote would go ahead.";
        var (_, roles) = ActorPipeline.Run(text);
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "head of the Harbour Union" && r.Of == "harbour-union");
    }

    [Fact]
    public void A_relative_clause_of_another_verb_gives_no_office()
    {
        var (_, roles) = ActorPipeline.Run("Pell Oskarsen, who lives in the old town, said the vote would go ahead.");
        Assert.DoesNotContain(roles, r => r.ActorId == "pell-oskarsen");
    }

    [Fact]
    public void A_relative_clause_after_an_age_gives_an_office()
    {
        var (_, roles) = ActorPipeline.Run("Dr Pell Oskarsen, 52, who runs the fever ward at Arden General Hospital, said the ward was full.");
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "head of the fever ward at Arden General Hospital");
    }

    [Fact]
    public void An_age_before_an_office_is_not_part_of_it()
    {
        const string text = "The Harbour Union said on Monday that the strike would end. Pell Oskarsen, the 63-year-old chairman of the Harbour Union, said the vote would go ahead.";
        var (_, roles) = ActorPipeline.Run(text);
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "Chair" && r.Of == "harbour-union");
    }

    [Fact]
    public void Its_office_belongs_to_the_organisation_named_just_before()
    {
        const string text = "The Arden Harbour Trust offered to buy the club for one pound. Its chair, Pell Oskarsen, said the offer was serious.";
        var (_, roles) = ActorPipeline.Run(text);
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "Chair" && r.Of == "arden-harbour-trust");
    }

    [Fact]
    public void A_long_office_owned_by_a_common_noun_is_read_before_the_name()
    {
        const string text = "The Arden Savings Bank said on Monday that data had been stolen. The bank's chief information security officer, Pell Oskarsen, said the attack was over.";
        var (_, roles) = ActorPipeline.Run(text);
        // The possessive stays in the title for OwnerNouns to resolve to the bank named before.
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "bank's chief information security officer");
    }

    [Fact]
    public void An_office_owned_by_a_named_place_and_a_common_noun_is_read_after_the_name()
    {
        var (_, roles) = ActorPipeline.Run("Pell Oskarsen, Arden county's chief agriculture officer, said the swarms had moved north.");
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "Arden county's chief agriculture officer");
    }

    [Theory]
    [InlineData("The Harbour Union called the strike. Pell Oskarsen, 45, is chairman of the Harbour Union. He said the vote would go ahead.")]
    [InlineData("The Harbour Union called the strike. Pell Oskarsen is chairman of the Harbour Union and said the vote would go ahead.")]
    [InlineData("The Harbour Union called the strike. Pell Oskarsen, who is the chairman of the Harbour Union, said the vote would go ahead.")]
    public void An_office_given_with_a_present_copula_is_a_role(string text)
    {
        var (_, roles) = ActorPipeline.Run(text);
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "Chair" && r.Of == "harbour-union");
    }

    [Fact]
    public void An_office_once_held_is_not_read_from_a_past_copula()
    {
        var (_, roles) = ActorPipeline.Run("The Harbour Union called the strike. Pell Oskarsen was chairman of the Harbour Union until 2019.");
        Assert.DoesNotContain(roles, r => r.ActorId == "pell-oskarsen");
    }

    [Fact]
    public void An_office_before_the_name_takes_the_organisation_named_after_it()
    {
        const string text = "Detective Inspector Pell Oskarsen of Arden District Police said the thieves had forced a window.";
        var (_, roles) = ActorPipeline.Run(text);
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "Detective Inspector" && r.Of == "arden-district-police");
    }

    [Fact]
    public void A_person_noun_opening_the_sentence_describes_the_name_after_it()
    {
        var (_, roles) = ActorPipeline.Run("Curator Pell Oskarsen, 68, said the painting's value to the town was not about money.");
        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen" && r.Title == "Curator");
    }
}
