namespace FactApi.Core.Tests.Extraction.Actors;

public sealed class CoreferenceTests
{
    [Fact]
    public void A_surname_alone_links_to_the_person_named_earlier()
    {
        const string text = "Norwegian Prime Minister Alda Kest arrived on Monday. Kest said the talks were useful.";
        var (mentions, _) = ActorPipeline.Run(text);
        Assert.Equal("alda-kest", ActorPipeline.IdAt(text, mentions, "Kest", 40));
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
}
