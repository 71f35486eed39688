using FactApi.Core.Answering;
using FactApi.Core.Extraction.Dates;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Answering;

/// <summary>
/// Ways people phrase questions, and ways articles phrase facts, met in articles written for a probe of the answerer
/// (a dock strike, an election, a takeover, a summit): each worked once a general rule, not a word list of that
/// article, was added. The sentences here are new ones of the same shapes.
/// </summary>
public sealed class PhrasingTests
{
    private static readonly DateOnly AsOf = new(2031, 4, 5);

    [Theory]
    [InlineData("On what date did the earthquake strike the Varnholt valley?")]
    [InlineData("What day did the earthquake strike the Varnholt valley?")]
    [InlineData("When did the earthquake strike the Varnholt valley?")]
    public void What_date_and_what_day_ask_when(string question)
    {
        // Published on Wednesday 2 April 2031: "on Saturday" is the Saturday before.
        var answer = TestArticle.Answerer("An earthquake struck the Varnholt valley on Saturday, killing three people.").Ask(question, AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("date", answer.Body!.Type);
        Assert.Equal("2031-03-29", answer.Body.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("What's Odile Marchetti's job?")]
    [InlineData("What is Odile Marchetti's job?")]
    [InlineData("What position does Odile Marchetti hold?")]
    public void A_contracted_what_is_asks_for_a_role_as_the_full_form_does(string question)
    {
        var answer = TestArticle.Answerer("Harbour union spokeswoman Odile Marchetti said the strike would end on Friday.").Ask(question, AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("spokes", answer.Body!.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_verb_ending_in_y_meets_its_ied_form()
    {
        Assert.Equal(Keyword.StemOf("deny"), Keyword.StemOf("denied"));
        Assert.Equal(Keyword.StemOf("deny"), Keyword.StemOf("denies"));
        Assert.Equal(Keyword.StemOf("apply"), Keyword.StemOf("applied"));

        var answerer = TestArticle.Answerer(
            "Port director Anselm Kravic denied that the cranes were unsafe. Kravic said the night shift would resume.");
        var answer = answerer.Ask("What did Kravic deny?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("the cranes were unsafe", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_company_called_by_its_name_without_its_trade_word_is_that_company()
    {
        var facts = TestArticle.Extract(
            "Halvard Shipping agreed to buy two tankers from a Greek owner. Halvard said the purchase would close in June.");

        var claim = Assert.Single(facts.Claims, c => c.Content.Contains("the purchase would close", StringComparison.Ordinal));
        Assert.Equal("halvard-shipping", claim.Speaker.ActorId);
        Assert.DoesNotContain(facts.Actors, a => a.Id == "halvard");
    }

    [Fact]
    public void A_longer_office_before_a_name_is_its_title()
    {
        var facts = TestArticle.Extract("Chief Cabinet Secretary Emi Sato told reporters that the talks would resume on Monday.");

        var sato = Assert.Single(facts.Actors, a => a.Id == "emi-sato");
        Assert.Contains(sato.Roles, r => r.Title == "Chief Cabinet Secretary");
    }

    [Fact]
    public void What_was_expected_on_a_weekday_lies_ahead_of_the_report()
    {
        // Published on Wednesday: results "were expected on Friday" are due that week, not the Friday before.
        var friday = Assert.Single(
            TemporalTagger.Default.Tag("Final results were expected on Friday, the electoral board said.", TestArticle.Published),
            t => t.Text == "Friday");

        Assert.Equal("2031-04-04", friday.Value);
    }

    [Fact]
    public void A_two_word_demonym_names_its_own_country_not_the_one_its_second_word_resembles()
    {
        Actor Country(string id, string name) => new(id, name, ActorKind.Country, [], []);
        var parser = new QuestionParser([Country("north-korea", "North Korea"), Country("south-korea", "South Korea"), Country("japan", "Japan")]);

        var parsed = parser.Parse("Where will the Japanese and South Korean leaders meet?", AsOf);

        Assert.Contains("south-korea", parsed.ActorIds);
        Assert.DoesNotContain("north-korea", parsed.ActorIds);
    }

    [Fact]
    public void Capitals_in_parentheses_after_a_name_are_its_short_form_even_when_not_its_initials()
    {
        var facts = TestArticle.Extract(
            "The Harbour Workers Federation (SKV) said more than 900 of its members had walked out. " +
            "SKV warned that the night ferries would stop.");

        var federation = Assert.Single(facts.Actors, a => a.Id == "harbour-workers-federation");
        Assert.Contains("SKV", federation.Aliases);
        Assert.All(facts.Claims.Where(c => c.Speaker.ActorId is not null), c => Assert.Equal("harbour-workers-federation", c.Speaker.ActorId));
    }

    [Theory]
    [InlineData("The Tromsdal Ferry Company cut two routes. Ilse Varga, the company's spokeswoman, said the cuts were temporary.", "ilse-varga", "spokeswoman", "tromsdal-ferry-company")]
    [InlineData("The Regional Water Board met on Monday. Ilse Varga, the head of the board, said the dam was safe.", "ilse-varga", "head", "regional-water-board")]
    [InlineData("Halvard Shipping Group cut two routes. Ilse Varga, Halvard's chief executive, said the cuts were temporary.", "ilse-varga", "chief executive", "halvard-shipping-group")]
    public void An_office_of_the_company_belongs_to_the_company_named_before(string text, string person, string title, string owner)
    {
        var facts = TestArticle.Extract(text);

        var holder = Assert.Single(facts.Actors, a => a.Id == person);
        Assert.Contains(holder.Roles, r => r.Title == title && r.Of == owner);
    }

    [Fact]
    public void A_dateline_date_gives_way_to_the_date_the_sentence_gives_the_act()
    {
        // Filed on Wednesday 2 April; the talks broke down on Tuesday, a date further from "Talks" than the dateline's.
        var facts = TestArticle.Extract(
            "VARNHOLT, April 2 (Harbour Wire) - Talks between the port and its dockworkers over pay and working hours for the " +
            "coming season broke down without agreement on Tuesday, the union said.");

        var talks = Assert.Single(facts.Events);
        Assert.Equal("2031-04-01", talks.When!.Value);
    }

    [Theory]
    [InlineData("How many houses did the fire destroy?", "47 homes")]
    [InlineData("How many cars is Arnvik recalling?", "about 9,000 vehicles")]
    public void A_counted_noun_meets_its_synonym_in_the_fact(string question, string expected)
    {
        var answerer = TestArticle.Answerer(
            "Fire chief Dana Ostrow said the fire destroyed 47 homes near the pier. " +
            "Carmaker Arnvik Motors said it was recalling about 9,000 vehicles because of a brake fault.");

        var answer = answerer.Ask(question, AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains(expected, answer.Body!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The carmaker is recalling about 412,000 plug-in hybrid vehicles worldwide.", 412000, "vehicles")]
    [InlineData("The army fired 300 long-range missiles overnight.", 300, "missiles")]
    public void A_hyphened_word_before_a_plural_noun_describes_what_is_counted(string text, int value, string unit)
    {
        var number = Assert.Single(FactApi.Core.Extraction.Claims.NumberExtractor.Find(text));

        Assert.Equal(value, number.Value);
        Assert.Equal(unit, number.Unit);
    }

    [Theory]
    [InlineData("How many displaced people does the health minister count?", "people")]
    [InlineData("How many shell companies did the police uncover?", "companies")]
    [InlineData("How many people have died?", "people")]
    [InlineData("How many MPs voted for the law?", "mps")]
    public void What_how_many_counts_is_the_last_noun_after_it(string question, string counted)
    {
        var parsed = new QuestionParser([]).Parse(question, AsOf);

        Assert.Equal(counted, parsed.Counted);
        Assert.Contains(counted, parsed.ProperWords);
    }

    [Fact]
    public void A_count_whose_text_runs_past_the_next_number_does_not_break_the_sentence()
    {
        // Threw ArgumentOutOfRangeException, which stopped a whole refresh.
        var numbers = FactApi.Core.Extraction.Claims.NumberExtractor.Find("He took 3.1 million euros and rigged 23 public tenders.");

        Assert.Contains(numbers, n => n.Value == 3_100_000m && n.Unit == "euros");
    }

    [Fact]
    public void A_claim_made_with_the_verb_asked_of_is_preferred_to_the_same_speakers_others_in_its_sentence()
    {
        var answerer = TestArticle.Answerer("Harbour director Anselm Kravic said the inquiry was unfair, and he denied taking any bribes.");

        var answer = answerer.Ask("What did Kravic deny?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("taking any bribes", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who runs Halvard Shipping Group?")]
    [InlineData("Who leads Halvard Shipping Group?")]
    [InlineData("Who is in charge of Halvard Shipping Group?")]
    [InlineData("Who is the boss of Halvard Shipping Group?")]
    [InlineData("who runs halvard shipping group")]
    public void Who_runs_an_organisation_is_the_holder_of_its_top_office(string question)
    {
        var answerer = TestArticle.Answerer(
            "Halvard Shipping Group cut two routes. Ilse Varga, Halvard's chief executive, said the cuts were temporary. " +
            "Olav Brekke, the company's spokesman, said more routes could close.");

        var answer = answerer.Ask(question, AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.StartsWith("Ilse Varga", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_leads_something_in_a_place_named_like_an_organisation_is_not_the_organisations_leader()
    {
        var answerer = TestArticle.Answerer(
            "Halvard Shipping Group cut two routes. Ilse Varga, Halvard's chief executive, said the cuts were temporary.");

        var answer = answerer.Ask("Who chairs the harbour committee in Halvard Shipping Group?", AsOf);

        Assert.False(answer.Answered && answer.Body!.Text.StartsWith("Ilse Varga", StringComparison.Ordinal), answer.Body?.Text);
    }

    [Theory]
    [InlineData("When does the Tarn Post chief executive appear before the infrastructure committee?")]
    [InlineData("When does Tarn Post's chief executive appear before the infrastructure committee?")]
    public void An_organisations_office_in_a_question_asks_about_its_holder(string question)
    {
        var answerer = TestArticle.Answerer(
            "Tarn Post said on Tuesday it would stop Saturday deliveries. Annika Sorel, the company's chief executive, defended the plan. " +
            "Lawmakers on the infrastructure committee have summoned Sorel to appear at a hearing on Friday of next week.");

        var answer = answerer.Ask(question, AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("date", answer.Body!.Type);
    }

    [Fact]
    public void Who_chairs_a_body_is_the_holder_of_an_office_named_with_its_short_form()
    {
        var answerer = TestArticle.Answerer(
            "The National Rail Safety Council (NRSC) backed the plan on Monday. " +
            "Professor Ilse Varga, who chairs NRSC, said the evidence was clear.");

        var answer = answerer.Ask("Who chairs the National Rail Safety Council?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("Ilse Varga, chair of NRSC", answer.Body!.Text);
    }

    [Fact]
    public void According_to_X_asks_what_X_said_not_what_others_said_about_X()
    {
        var answerer = TestArticle.Answerer(
            "The Harbour Workers Federation said 40 dockers were hurt. " +
            "Port director Anselm Kravic said only 12 dockers were hurt in the crane collapse, not the number the Harbour Workers Federation gave.");

        var answer = answerer.Ask("How many dockers were hurt in the crane collapse according to the Harbour Workers Federation?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("40", answer.Body!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("12", answer.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_that_opens_with_according_to_asks_that_source_for_a_number()
    {
        var answerer = TestArticle.Answerer(
            "A preliminary damage assessment found that at least 47 homes had been destroyed, the commissioner said. Local groups put the number of homes lost at more than 60.");

        var answer = answerer.Ask("According to the preliminary damage assessment, how many homes were destroyed?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal(47m, answer.Body!.Value!["value"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("What savings figure did the Harbour Budget Council come up with?", 21_000_000_000)]
    [InlineData("What compensation is Varn Air offering its passengers?", 600)]
    public void What_with_a_number_noun_before_its_verb_asks_a_number(string question, double value)
    {
        var answerer = TestArticle.Answerer(
            "The Harbour Budget Council said the reform would save about 21 billion crowns a year. " +
            "Varn Air said it was offering each passenger 600 euros in compensation.");

        var answer = answerer.Ask(question, AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal((decimal)value, answer.Body!.Value!["value"]!.GetValue<decimal>());
    }

    [Fact]
    public void A_value_changed_from_one_number_to_another_is_answered_with_the_new_one()
    {
        var answerer = TestArticle.Answerer("The sports court reduced Odile Marchetti's doping ban from four years to 30 months on Tuesday.");

        var answer = answerer.Ask("How long is Odile Marchetti banned for?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Contains("30 months", answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_number_noun_is_of_must_be_in_the_fact()
    {
        var answerer = TestArticle.Answerer("The Arden central bank cut its benchmark interest rate to 4.25% on Wednesday.");

        Assert.True(answerer.Ask("What is Arden's interest rate?", AsOf).Answered);
        Assert.False(answerer.Ask("What is Arden's unemployment rate?", AsOf).Answered);
    }

    [Fact]
    public void A_place_in_the_possessive_is_the_place()
    {
        // Published on Wednesday 2 April 2031: "next Monday" is 7 April.
        var answer = TestArticle.Answerer("Schools in Varnholt will stay shut until next Monday because of the heat.").Ask("Until when will Varnholt's schools stay closed?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("2031-04-07", answer.Body!.Value!.GetValue<string>());
    }

    [Fact]
    public void A_claim_according_to_a_speaker_is_told_as_the_text_tells_it()
    {
        var answer = TestArticle.Answerer("According to the prosecution, the drone came within 300 metres of the runway.")
            .Ask("What did the prosecution say about the drone?", AsOf);

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal("According to the prosecution, the drone came within 300 metres of the runway", answer.Body!.Text);
    }
}
