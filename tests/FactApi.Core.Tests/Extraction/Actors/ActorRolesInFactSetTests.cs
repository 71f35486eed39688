using FactApi.Core.Extraction;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Actors;

/// <summary>Roles and coreference chains through the whole pipeline, as the facts output shows them.</summary>
public sealed class ActorRolesInFactSetTests
{
    private const string Text =
        "Norwegian Prime Minister Alda Kest said on Monday that the border would stay open. " +
        "Kest added that talks with Stockholm would resume. " +
        "The Norwegian prime minister said a deal was close.";

    private static FactSet Extract()
    {
        var published = new DateOnly(2031, 3, 8);
        var source = new Source("border-news", SourceKind.Article, "https://example.test/b", "Border", null, published, null, FactCounts.None);
        return new FactExtractor(ActorPipeline.Registry).Extract(new ExtractionInput("border-news", source.Url, source.Title, published, Text), source);
    }

    [Fact]
    public void The_actor_carries_its_role_dated_by_publication_with_its_sentence()
    {
        var kest = Assert.Single(Extract().Actors, a => a.Id == "alda-kest");
        var role = Assert.Single(kest.Roles);
        Assert.Equal(("Prime Minister", "norway", "2031-03-08"), (role.Title, role.Of, role.From));
        Assert.NotNull(role.Evidence);
        Assert.Equal(0, role.Evidence.Start);
        Assert.StartsWith("Norwegian Prime Minister Alda Kest said", role.Evidence.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_actor_the_registry_lacks_is_named_by_its_full_name_not_its_first_mention()
    {
        var kest = Assert.Single(Extract().Actors, a => a.Id == "alda-kest");
        Assert.Equal("Alda Kest", kest.Name);
    }

    [Fact]
    public void The_chain_holds_the_title_the_full_name_the_surname_and_the_title_phrase()
    {
        var chain = Extract().Mentions!.Where(m => m.ActorId == "alda-kest").Select(m => m.Text).ToList();
        Assert.Equal(["Norwegian Prime Minister", "Alda Kest", "Kest", "The Norwegian prime minister"], chain);
    }

    [Fact]
    public void Claims_by_surname_and_title_phrase_go_to_the_same_speaker()
    {
        var speakers = Extract().Claims.Select(c => c.Speaker.ActorId).ToList();
        Assert.Equal(3, speakers.Count(s => s == "alda-kest"));
    }

    [Fact]
    public void A_surname_that_is_also_a_month_is_not_the_person_in_a_date()
    {
        const string text = "Finance Minister Ilka May said on Monday that the budget would pass. The vote was set for 12 May.";
        var published = new DateOnly(2031, 3, 8);
        var source = new Source("budget", SourceKind.Article, "https://example.test/m", null, null, published, null, FactCounts.None);
        var set = new FactExtractor(ActorPipeline.Registry).Extract(new ExtractionInput("budget", source.Url, null, published, text), source);
        Assert.Contains(set.Mentions!, m => m.Text == "Ilka May");
        Assert.DoesNotContain(set.Mentions!, m => m.Start == text.LastIndexOf("May", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_the_text_gives_an_office_is_kept_even_without_a_claim_or_event()
    {
        const string text = "The talks were hosted by Norwegian Prime Minister Alda Kest. Nothing was agreed.";
        var published = new DateOnly(2031, 3, 8);
        var source = new Source("host", SourceKind.Article, "https://example.test/h", null, null, published, null, FactCounts.None);
        var set = new FactExtractor(ActorPipeline.Registry).Extract(new ExtractionInput("host", source.Url, null, published, text), source);

        Assert.Empty(set.Claims);
        Assert.Equal("Prime Minister", Assert.Single(Assert.Single(set.Actors, a => a.Id == "alda-kest").Roles).Title);
    }

    [Fact]
    public void A_link_line_running_into_the_next_sentence_gives_no_event()
    {
        const string text = "Border talks\n\nRead more: Ferry Union Plans Strike in Bergen\nThe strike would start on 12 March, the union said.\n";
        var published = new DateOnly(2031, 3, 8);
        var source = new Source("links", SourceKind.Article, "https://example.test/l", null, null, published, null, FactCounts.None);
        var set = new FactExtractor(ActorPipeline.Registry).Extract(new ExtractionInput("links", source.Url, null, published, text), source);

        Assert.DoesNotContain(set.Events, e => e.Evidence.Sentence.Contains("Read more", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Shares in Arden Cocoa Holdings fell 6 percent on Tuesday. \"This was a hard year,\" chief executive Pell Oskarsen, 51, told analysts.", "CEO")]
    [InlineData("The Arden Farmers Alliance (AFA) rejected the price. Its general secretary, Pell Oskarsen, 49, said buyers paid less.", "General Secretary")]
    public void A_bare_organisation_office_belongs_to_the_organisation_named_just_before(string text, string title)
    {
        var published = new DateOnly(2031, 3, 8);
        var source = new Source("cocoa-news", SourceKind.Article, "https://example.test/c", "Cocoa", null, published, null, FactCounts.None);
        var facts = new FactExtractor(ActorPipeline.Registry).Extract(new ExtractionInput("cocoa-news", source.Url, source.Title, published, text), source);
        var person = Assert.Single(facts.Actors, a => a.Id == "pell-oskarsen");
        var role = Assert.Single(person.Roles);
        Assert.Equal(title, role.Title);
        Assert.StartsWith("arden-", role.Of, StringComparison.Ordinal);
    }

    [Fact]
    public void A_president_alone_is_not_given_to_the_organisation_named_before()
    {
        const string text = "The Arden Farmers Alliance rejected the price on Monday. President Pell Oskarsen said the talks would go on.";
        var published = new DateOnly(2031, 3, 8);
        var source = new Source("cocoa-news", SourceKind.Article, "https://example.test/c", "Cocoa", null, published, null, FactCounts.None);
        var facts = new FactExtractor(ActorPipeline.Registry).Extract(new ExtractionInput("cocoa-news", source.Url, source.Title, published, text), source);
        var person = Assert.Single(facts.Actors, a => a.Id == "pell-oskarsen");
        Assert.DoesNotContain(person.Roles, r => r.Of == "arden-farmers-alliance");
    }

    private static FactSet ExtractText(string text)
    {
        var published = new DateOnly(2031, 3, 8);
        var source = new Source("story", SourceKind.Article, "https://example.test/s", "Story", null, published, null, FactCounts.None);
        return new FactExtractor(ActorPipeline.Registry).Extract(new ExtractionInput("story", source.Url, source.Title, published, text), source);
    }

    [Fact]
    public void The_company_spokesman_far_from_any_name_speaks_for_the_company_the_story_is_about()
    {
        var facts = ExtractText(
            "Valdrun Motion AG said on Wednesday it would cut 2,400 jobs. Valdrun Motion AG shares fell 8 percent. " +
            "Analysts said Valdrun Motion AG had waited too long. " +
            "Workers rallied outside the headquarters on Thursday and said the plan was unfair to them and to their families. " +
            "Union leaders said they would consider strikes at all eleven sites if the plan went ahead without talks. " +
            "The works council said it had not been consulted before the plan was announced to investors on the call. " +
            "A company spokesman, Osric Pellow, denied that a sale of the foundry had been decided.");
        var person = Assert.Single(facts.Actors, a => a.Id == "osric-pellow");
        Assert.Contains(person.Roles, r => r.Title == "spokesperson" && r.Of == "valdrun-motion-ag");
    }

    [Fact]
    public void An_organisation_is_known_by_its_first_word_when_that_word_is_only_a_name()
    {
        var facts = ExtractText(
            "Valdrun Chocolatier AG said on Tuesday that profit fell. Valdrun said it would raise prices again next year. " +
            "The Kenya Growers Association said prices were too low. Read more: Kenya's tea exports climb.");
        Assert.Contains("Valdrun", Assert.Single(facts.Actors, a => a.Id == "valdrun-chocolatier-ag").Aliases);
        var association = Assert.Single(facts.Actors, a => a.Id == "kenya-growers-association");
        Assert.DoesNotContain("Kenya", association.Aliases);
    }
}
