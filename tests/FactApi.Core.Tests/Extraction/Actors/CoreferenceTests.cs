namespace FactApi.Core.Tests.Extraction.Actors;

public sealed class CoreferenceTests
{
    [Fact]
    public void An_acronym_of_an_organisation_the_text_names_is_that_organisation()
    {
        const string text = "The Union of Arden Dock Workers said on Monday that the strike would end. " +
            "The UADW said later that its members would vote on Friday.";
        var (mentions, _) = ActorPipeline.Run(text);
        var full = ActorPipeline.IdAt(text, mentions, "Union of Arden Dock Workers");
        Assert.NotNull(full);
        Assert.Equal(full, ActorPipeline.IdAt(text, mentions, "UADW"));
    }

    [Fact]
    public void A_name_the_text_abbreviates_in_parentheses_is_an_organisation()
    {
        var facts = TestArticle.Extract("The city utility, Servicios de Agua de Molvera (SAM), says 145 trucks are delivering water. SAM said the trucks were busy.");

        var utility = Assert.Single(facts.Actors, a => a.Name == "Servicios de Agua de Molvera");
        Assert.Equal(FactApi.Core.Model.ActorKind.Organization, utility.Kind);
        Assert.DoesNotContain(facts.Actors, a => a.Name == "SAM");
    }

    [Fact]
    public void The_first_of_two_surnames_links_to_the_full_name()
    {
        const string text = "The utility's director, Humberto Garza Leal, said the reservoir was low. Garza said rain was due.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("humberto-garza-leal", ActorPipeline.IdAt(text, mentions, "Garza", 60));
    }

    [Fact]
    public void A_surname_alone_links_to_the_person_named_earlier()
    {
        const string text = "Norwegian Prime Minister Alda Kest arrived on Monday. Kest said the talks were useful.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("alda-kest", ActorPipeline.IdAt(text, mentions, "Kest", 40));
    }

    [Fact]
    public void Forenames_alone_link_to_the_one_person_named_earlier_with_them()
    {
        const string text = "Ana Lucia Ferreira, a harbour pilot, said on Monday that the channel was unsafe. " +
            "Dock workers dismissed Ana Lucia's warning as alarmist.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("ana-lucia-ferreira", ActorPipeline.IdAt(text, mentions, "Ana Lucia", 80));
    }

    [Fact]
    public void Forenames_two_people_share_link_to_neither()
    {
        const string text = "Ana Lucia Ferreira and her sister Ana Lucia Barros said on Monday that the channel was unsafe. " +
            "Dock workers dismissed Ana Lucia's warning as alarmist.";
        var (mentions, _) = ActorPipeline.Run(text);
        var id = ActorPipeline.IdAt(text, mentions, "Ana Lucia", 100);
        Assert.NotNull(id);
        Assert.NotEqual("ana-lucia-ferreira", id);
        Assert.NotEqual("ana-lucia-barros", id);
    }

    [Fact]
    public void A_surname_with_a_particle_links_to_the_full_name_even_in_a_headline_above_it()
    {
        const string text = "De Vries says harbour will reopen\n\nMayor Anton de Vries said on Monday that the harbour would reopen. " +
            "De Vries added that the cranes were safe.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("anton-de-vries", ActorPipeline.IdAt(text, mentions, "Anton de Vries"));
        Assert.Equal("anton-de-vries", ActorPipeline.IdAt(text, mentions, "De Vries"));
        Assert.Equal("anton-de-vries", ActorPipeline.IdAt(text, mentions, "De Vries", 60));
    }

    [Fact]
    public void A_headline_surname_the_body_also_uses_alone_before_the_full_name_is_not_that_person()
    {
        const string text = "Dorn Sees Insult in Harbour Vote\n\nPresident Dorn said on Monday that the vote was an insult. " +
            "His wife, Mira Dorn, said later that the city would recover.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.NotEqual("mira-dorn", ActorPipeline.IdAt(text, mentions, "Dorn"));
        Assert.Equal("mira-dorn", ActorPipeline.IdAt(text, mentions, "Mira Dorn"));
    }

    [Theory]
    [InlineData("2030-03-01", "ivo-restrand")]
    [InlineData("2028-03-01", null)]
    public void A_registry_office_counts_only_while_it_was_held(string published, string? holder)
    {
        const string text = "Ivo Restrand flew to Oslo. On arrival the Swedish leader praised the agreement.";
        var (mentions, _) = ActorPipeline.Run(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(holder, ActorPipeline.IdAt(text, mentions, "the Swedish leader"));
    }

    [Fact]
    public void A_title_phrase_links_to_the_person_who_holds_that_office()
    {
        const string text = "Norwegian Prime Minister Alda Kest met Bren Torvik in Oslo. The talks ran late. " +
            "Later the Norwegian prime minister said a deal was close.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("alda-kest", ActorPipeline.IdAt(text, mentions, "the Norwegian prime minister"));
    }

    [Fact]
    public void A_generic_leader_links_through_a_registry_role()
    {
        const string text = "Ivo Restrand flew to Oslo. On arrival the Swedish leader praised the agreement.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("ivo-restrand", ActorPipeline.IdAt(text, mentions, "the Swedish leader"));
    }

    [Fact]
    public void A_title_phrase_of_another_country_does_not_link()
    {
        const string text = "Norwegian Prime Minister Alda Kest arrived. Later the Swedish prime minister left.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Null(ActorPipeline.IdAt(text, mentions, "the Swedish prime minister"));
    }

    [Fact]
    public void An_alias_inside_an_apposition_is_a_modifier_not_an_actor()
    {
        const string text = "Tarn Velik, the Arden Council's spokesman, declined to comment.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.DoesNotContain(mentions, m => m.ActorId == "arden-council");
        Assert.Equal("tarn-velik", ActorPipeline.IdAt(text, mentions, "the Arden Council's spokesman"));
    }

    [Fact]
    public void A_country_leader_nobody_named_is_the_registry_holder()
    {
        const string text = "Officials met in Oslo. Later the Stockholm leader called for calm.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("ivo-restrand", ActorPipeline.IdAt(text, mentions, "the Stockholm leader"));
    }

    [Fact]
    public void A_person_alias_that_is_a_title_gives_no_surname()
    {
        const string text = "Norwegian Prime Minister Alda Kest spoke first. The prime minister's aides left.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.DoesNotContain(mentions, m => m.Text == "minister");
    }

    [Fact]
    public void A_company_called_by_its_name_without_International_or_PLC_is_that_company()
    {
        const string text = "Brennic Holdings PLC said that net income slipped 5% to 89 million crowns. Brennic said earnings were hurt by the sale of two yards.";
        var (mentions, _) = ActorPipeline.Run(text);

        Assert.Equal("brennic-holdings-plc", ActorPipeline.IdAt(text, mentions, "Brennic", text.IndexOf("Brennic said", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_lone_name_that_begins_one_organisations_name_is_that_organisation()
    {
        const string text = "Tarrow Motion to cut 2,400 jobs\n\nGerman auto parts maker Tarrow Motion AG said on Wednesday it would cut 2,400 jobs. " +
            "Ana Roe, who heads Tarrow's works council, said up to 4,000 jobs would go.";
        var (mentions, _) = ActorPipeline.Run(text);

        Assert.Equal("tarrow-motion-ag", ActorPipeline.IdAt(text, mentions, "Tarrow", text.IndexOf("Tarrow's", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_lone_common_noun_taken_for_an_organisation_is_the_one_named_before_with_it()
    {
        const string text = "Members of the Arden Dock Workers' Union walked out on Monday. Union president Pell Oskarsen said 2,300 had joined.";
        var (mentions, _) = ActorPipeline.Run(text);
        var full = ActorPipeline.IdAt(text, mentions, "Arden Dock Workers' Union");

        Assert.NotNull(full);
        Assert.Equal(full, ActorPipeline.IdAt(text, mentions, "Union", text.IndexOf("Union president", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The fire grew, according to the state's fire commissioner, Pell Oskarsen. Later the commissioner said 40 homes were lost.", "the commissioner")]
    [InlineData("The mayor of Tarrow Shire, Pell Oskarsen, said the count was wrong. The mayor said 40 homes were lost.", "The mayor")]
    public void An_office_written_with_more_words_is_referred_back_to_by_its_head(string text, string phrase)
    {
        var (mentions, roles) = ActorPipeline.Run(text);

        Assert.Contains(roles, r => r.ActorId == "pell-oskarsen");
        Assert.Equal("pell-oskarsen", ActorPipeline.IdAt(text, mentions, phrase, 60));
    }

    [Theory]
    [InlineData("The Department of Fisheries counted 300 boats on Monday. Inspector Pell Oskarsen said the department was hiding losses.", "the department")]
    [InlineData("The Department of Fisheries counted 300 boats on Monday. Inspector Pell Oskarsen said the fisheries department was hiding losses.", "the fisheries department")]
    [InlineData("The Arden Coalition for Clean Harbours counted 300 boats on Monday. The coalition said 40 had sunk.", "The coalition")]
    public void A_definite_common_noun_refers_back_to_the_organisation_named_before(string text, string phrase)
    {
        var (mentions, _) = ActorPipeline.Run(text);
        var full = ActorPipeline.IdAt(text, mentions, text.StartsWith("The Department", StringComparison.Ordinal) ? "Department of Fisheries" : "Arden Coalition for Clean Harbours");

        Assert.NotNull(full);
        Assert.Equal(full, ActorPipeline.IdAt(text, mentions, phrase, 40));
    }

    [Theory]
    [InlineData("The Department of Fisheries counted 300 boats on Monday. Pell Oskarsen said the transport department was hiding losses.", "the transport department")]
    [InlineData("The Department of Fisheries counted 300 boats on Monday. Pell Oskarsen said the department of transport was hiding losses.", "the department")]
    [InlineData("Talks with Arden Harbour Lines Inc and Osland Ferries Ltd broke down on Monday. The Arden Coalition for Clean Harbours said the company had offered 6%.", "the company")]
    [InlineData("Talks with the Arden Harbour Union broke down on Monday. The Arden Coalition for Clean Harbours said the company had offered 6%.", "the company")]
    public void A_common_noun_naming_another_organisation_or_none_by_name_refers_to_none(string text, string phrase)
    {
        var (mentions, _) = ActorPipeline.Run(text);

        Assert.Null(ActorPipeline.IdAt(text, mentions, phrase, 40));
    }

    [Fact]
    public void The_company_is_the_one_company_the_text_named_before()
    {
        const string text = "Shares in Osland Ferries SA jumped 6% on Wednesday. The Arden Coalition for Clean Harbours welcomed the news, after the company reported record profit.";
        var (mentions, _) = ActorPipeline.Run(text);

        Assert.Equal(ActorPipeline.IdAt(text, mentions, "Osland Ferries SA"), ActorPipeline.IdAt(text, mentions, "the company", 40));
    }

    [Fact]
    public void Capitals_in_parentheses_after_a_name_and_its_of_words_are_that_names_short_form()
    {
        const string text = "About 4,000 members of the Arden Dock Workers Union of South Africa (ADWUSA) walked out on Monday. ADWUSA said 46 ships were waiting.";
        var (mentions, _) = ActorPipeline.Run(text);
        var full = ActorPipeline.IdAt(text, mentions, "Arden Dock Workers Union");
        var shortForms = mentions.Where(m => m.Text == "ADWUSA").ToList();

        Assert.NotNull(full);
        Assert.NotEmpty(shortForms);
        Assert.All(shortForms, m => Assert.Equal(full, m.ActorId));
    }
}
