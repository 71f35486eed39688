using FactApi.Core.Disputes;
using FactApi.Core.Extraction;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Claims;

/// <summary>Each attribution pattern, numbers, noise lines and a dispute, through the whole pipeline on invented text.</summary>
public sealed class ClaimPatternTests
{
    private static readonly IReadOnlyList<Actor> Registry = ActorRegistry.Parse("""
        {"actors":[
          {"id":"velmar","name":"Velmar","kind":"country","aliases":["Velmarian"]},
          {"id":"ostrava-republic","name":"Ostrava Republic","kind":"country","aliases":["Ostrava","Ostravan"]},
          {"id":"velmar-defence-ministry","name":"Velmar Defence Ministry","kind":"organization","aliases":["the Velmarian defence ministry","the defence ministry"]}
        ]}
        """);

    /// <summary>The attributions behind the claims, with or without a speaker.</summary>
    private static IReadOnlyList<(string Cue, string? Speaker)> Attributions(string text) =>
        [.. new FactExtractor(Registry).Attributions(new ExtractionInput("test", null, null, new DateOnly(2031, 6, 2), text)).Select(a => (text[a.Cue.Start..a.Cue.End], a.Speaker?.ActorId))];

    private static IReadOnlyList<Claim> Claims(string text)
    {
        var published = new DateOnly(2031, 6, 2);
        var source = new Source("test", SourceKind.Article, "https://example.test/a", "Test", null, published, null, FactCounts.None);
        return new FactExtractor(Registry).Extract(new ExtractionInput("test", source.Url, source.Title, published, text), source).Claims;
    }

    [Fact]
    public void A_speaker_described_by_a_relative_clause_is_the_name_not_the_clauses_end()
    {
        var claim = Assert.Single(Claims(
            "Cholera toll\n\nHarbour Relief International (HRI), which runs two treatment centres in the city, said its teams had counted at least 78 deaths.\n"),
            c => c.Cue == "said");

        Assert.Equal("Harbour Relief International (HRI)", claim.Speaker.Text);
        Assert.Equal(78m, Assert.Single(claim.Numbers).Value);
    }

    [Fact]
    public void What_an_organisations_own_records_show_it_says()
    {
        var claim = Assert.Single(Claims(
            "Doping case\n\nThe Harbour Integrity Unit (HIU) suspended the runner Ana Roe on Thursday. " +
            "An HIU spokesman said its records showed Roe had undergone four out-of-competition tests in that period.\n"),
            c => c.Speaker.Text == "its records");

        Assert.Equal("harbour-integrity-unit", claim.Speaker.ActorId);
    }

    [Fact]
    public void What_someone_told_reporters_somewhere_that_is_a_claim()
    {
        var claim = Assert.Single(Claims(
            "Fire damage\n\nWildfires have killed 14 people. Interior Minister Ana Roe told reporters in Tarrow that about 1,300 homes had been destroyed across the region. " +
            "\"This is a tragedy of enormous size,\" Roe said. The government declared a state of emergency on Sunday.\n"),
            c => c.Cue == "told");

        Assert.Equal("Interior Minister Ana Roe", claim.Speaker.Text);
        Assert.Equal("about 1,300 homes had been destroyed across the region", claim.Content);
        Assert.Equal((1_300m, "about", "homes"), (claim.Numbers[0].Value, claim.Numbers[0].Qualifier, claim.Numbers[0].Unit));
    }

    [Fact]
    public void A_told_sentence_the_tagger_reads_makes_one_claim_not_two()
    {
        var claims = Claims("Fire damage\n\nInterior Minister Ana Roe told reporters that about 1,300 homes had been destroyed across the region.\n");

        Assert.Single(claims, c => c.Cue.StartsWith("told", StringComparison.Ordinal));
    }

    [Fact]
    public void A_continued_quotation_with_a_number_is_the_speakers_not_the_articles()
    {
        var claims = Claims(
            "Rate cut\n\nAnalysts were divided over what comes next.\n\n\u201CThis is a cautious cut,\u201D said Ana Roe, chief economist at Harbour Bank in Tromso. " +
            "\u201CWe think the board will pause in March and deliver one more cut in May, taking the rate to 3.0%.\u201D\n");

        Assert.Contains(claims, c => c.Speaker.Text.StartsWith("Ana Roe", StringComparison.Ordinal) && c.Content.Contains("taking the rate", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, c => c.Cue == "reported" && c.Content.Contains("taking the rate", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_ending_in_its_speaker_and_cue_says_its_own_clause_not_the_one_before()
    {
        var claims = Claims("The drill struck rock at a depth of 2,080 metres, the project said. " +
            "The reservoir stood at 6.2% of capacity on Tuesday, the water board said in a statement.");

        var board = Assert.Single(claims, c => c.Speaker.Text == "the water board");
        Assert.Equal("The reservoir stood at 6.2% of capacity on Tuesday", board.Content);
    }

    [Fact]
    public void Indirect_speech_with_the_speaker_before_the_cue()
    {
        var claim = Assert.Single(Claims("Border talks resume\n\nForeign Minister Lena Ortiz said on Monday that the crossing at Harn would reopen within a week.\n"));

        Assert.Equal("lena-ortiz", claim.Speaker.ActorId);
        Assert.Equal(QuoteForm.Indirect, claim.Form);
        Assert.Contains("the crossing at Harn would reopen", claim.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_direct_quote_with_the_speaker_after_it_keeps_its_number_and_qualifier()
    {
        var claim = Assert.Single(Claims("Truce under strain\n\n\u201CWe have recorded more than 400 breaches since Friday,\u201D said Colonel Arvid Sten.\n"));

        Assert.Equal("arvid-sten", claim.Speaker.ActorId);
        Assert.Equal(QuoteForm.Direct, claim.Form);
        var number = Assert.Single(claim.Numbers);
        Assert.Equal((400m, "more than", "breaches"), (number.Value, number.Qualifier, number.Unit));
        Assert.Equal("ceasefire violations", claim.Topic);
    }

    [Fact]
    public void According_to_names_the_source_and_told_takes_its_object()
    {
        var claims = Claims("Night of attacks\n\nAccording to the defence ministry, at least 14 people were injured overnight. " +
            "Mayor Pia Holm told reporters that up to 30 drones had been shot down over the city.\n");

        var according = Assert.Single(claims, c => c.Speaker.ActorId == "velmar-defence-ministry");
        Assert.Equal((14m, "at least"), (according.Numbers[0].Value, according.Numbers[0].Qualifier));
        var told = Assert.Single(claims, c => c.Speaker.ActorId == "pia-holm");
        Assert.StartsWith("told", told.Cue, StringComparison.Ordinal);
        Assert.Equal((30m, "up to", "drones"), (told.Numbers[0].Value, told.Numbers[0].Qualifier, told.Numbers[0].Unit));
    }

    [Fact]
    public void A_quotation_over_two_sentences_is_one_claim_whose_evidence_holds_it_all()
    {
        const string text = "Vote count\n\n\u201CThe count was fair. We accept the result,\u201D said election chief Maren Tal.\n";
        var claim = Assert.Single(Claims(text));

        Assert.Contains("The count was fair", claim.Content, StringComparison.Ordinal);
        Assert.Contains("We accept the result", claim.Content, StringComparison.Ordinal);
        Assert.Contains(claim.Content, claim.Evidence.Sentence, StringComparison.Ordinal);
        Assert.Equal(claim.Evidence.Sentence, text[claim.Evidence.Start..claim.Evidence.End]);
    }

    [Fact]
    public void Money_and_durations_are_numbers_with_units()
    {
        var claims = Claims("Aid package\n\nThe finance minister, Jonas Brekk, said Velmar would spend about $2.5 billion on a 90-day reconstruction plan.\n");

        var claim = Assert.Single(claims);
        Assert.Contains(claim.Numbers, n => n.Value == 2_500_000_000m && n.Unit == "USD" && n.Qualifier == "about");
        Assert.Contains(claim.Numbers, n => n.Value == 90m && n.Unit == "day");
    }

    [Fact]
    public void Read_more_links_bylines_and_captions_give_no_claims()
    {
        var claims = Claims("Talks resume\n\nBy Mara Lind\n\n" +
            "Read more: Minister says the talks will resume on Friday\n\n" +
            "Photo: Soldiers said goodbye to their families at the station\n\n" +
            "Ostrava says ceasefire holding\nVelmar says it will not attend\n\n" +
            "Foreign Minister Lena Ortiz said the delegation would travel on Thursday.\n");

        var claim = Assert.Single(claims);
        Assert.Equal("lena-ortiz", claim.Speaker.ActorId);
    }

    [Fact]
    public void Two_speakers_counting_the_same_breaches_differently_form_a_dispute()
    {
        var claims = Claims("Both sides trade blame\n\n" +
            "Velmar said Ostravan forces had broken the truce more than 700 times since Sunday. " +
            "Ostrava said it had counted about 500 breaches by Velmarian units over the same days.\n");

        // The topic carries the two countries the story is about, so the dispute is this story's.
        var onTopic = claims.Where(c => c.Topic == "ceasefire violations (Ostrava Republic, Velmar)").ToList();
        Assert.Equal(2, onTopic.Count);
        var dispute = DisputeFinder.Find(onTopic[0].Topic!, onTopic);
        Assert.NotNull(dispute);
        Assert.Equal(DisputeFinder.Numbers, dispute.Kind);
        Assert.Equal(["ostrava-republic", "velmar"], dispute.Sides.Select(s => s.ActorId!).Order(StringComparer.Ordinal));
        Assert.Contains(dispute.Sides, s => s.Value is { Value: 700m, Qualifier: "more than" });
        Assert.Contains(dispute.Sides, s => s.Value is { Value: 500m, Qualifier: "about" });
    }

    [Fact]
    public void A_relative_pronoun_speaker_is_the_person_named_before_it()
    {
        var claim = Assert.Single(Claims("Next round\n\nThe talks were chaired by Ambassador Ruta Vell, who said the next round would take place in Geneva.\n"));

        Assert.Equal("ruta-vell", claim.Speaker.ActorId);
        Assert.Contains("the next round would take place in Geneva", claim.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_two_cues_of_one_speaker_share_is_claimed_once()
    {
        var claims = Claims("Truce talks stall\n\nVelmar dismissed both plans as a stunt and has since continued to call for a six-week halt.\n");

        Assert.Contains(claims, c => c.Speaker.ActorId == "velmar" && c.Content == "both plans as a stunt");
        Assert.All(claims.GroupBy(c => (c.Speaker.ActorId, c.Content)), g => Assert.Single(g));
    }

    [Fact]
    public void She_is_the_latest_person_the_article_does_not_tell_to_be_a_man()
    {
        // Without genders the quotation went to the colonel, the last person named.
        var claims = Claims("Border talks resume\n\nForeign Minister Lena Ortiz said her ministry would reopen the crossing at Harn. " +
            "Colonel Arvid Sten said his unit had recorded no breaches since Friday.\n\n\u201CWe are ready to open the gates,\u201D she said.\n");

        var quote = Assert.Single(claims, c => c.Content.Contains("ready to open the gates", StringComparison.Ordinal));
        Assert.Equal("lena-ortiz", quote.Speaker.ActorId);
    }

    [Fact]
    public void A_pronoun_after_a_sentence_takes_its_speaker_before_the_people_it_talks_about()
    {
        // Before, the quotation went to Tomas Berg, the last person the sentence named, inside what was said.
        var claims = Claims("Border talks resume\n\nColonel Arvid Sten told reporters that the convoy had been stopped by Tomas Berg at the crossing.\n\n" +
            "\u201CWe will not wait for another week,\u201D he said.\n");

        var quote = Assert.Single(claims, c => c.Content.Contains("another week", StringComparison.Ordinal));
        Assert.Equal("arvid-sten", quote.Speaker.ActorId);
    }

    [Fact]
    public void A_place_the_tagger_took_for_a_person_does_not_take_the_pronoun()
    {
        var claims = Claims("Fire reaches the valley\n\nCommissioner Alma Reyes told reporters that residents of Kelbourne and Hallam Creek had been ordered to leave.\n\n" +
            "\u201CThe time to leave was yesterday,\u201D she said.\n");

        var quote = Assert.Single(claims, c => c.Content.Contains("time to leave", StringComparison.Ordinal));
        Assert.Equal("alma-reyes", quote.Speaker.ActorId);
    }

    [Fact]
    public void A_number_between_the_cue_and_its_noun_stays_in_the_content()
    {
        var claims = Claims("Outbreak\n\nThe regional health agency, ARS Auvergne-Rhone-Alpes, said 41 cases had been confirmed since the first patients were admitted on Aug 20.\n");

        var claim = Assert.Single(claims, c => c.Content.Contains("cases had been confirmed", StringComparison.Ordinal));
        Assert.StartsWith("41 cases", claim.Content, StringComparison.Ordinal);
        Assert.Contains(claim.Numbers, n => n.Value == 41);
    }

    [Theory]
    [InlineData("Outbreak\n\nHARNVIK, Sep 3 (Wire) - Four people have died and dozens more have been taken to hospital in an outbreak of fever on the eastern side of Harnvik, health authorities said on Thursday, as the company whose towers are suspected denied it was to blame.\n")]
    [InlineData("Outbreak\n\nFour people have died in an outbreak of fever in Harnvik, health authorities said on Thursday, as the company denied it was to blame.\n")]
    public void A_clause_that_opens_the_sentence_before_its_speaker_is_what_was_said(string text)
    {
        var claim = Assert.Single(Claims(text), c => c.Speaker.Text.Contains("health authorities", StringComparison.Ordinal));

        Assert.StartsWith("Four people have died", claim.Content, StringComparison.Ordinal);
        Assert.Contains(claim.Numbers, n => n.Value == 4);
    }

    [Fact]
    public void A_name_before_a_plural_noun_is_no_person_to_take_the_pronoun()
    {
        var claims = Claims("Pension vote\n\nPrime Minister Pavel Hronek said the coalition was safe. " +
            "Asked whether he had support to replace any Green Liberal rebels, he declined to comment.\n");

        var declined = Assert.Single(claims, c => c.Cue.Contains("declined", StringComparison.Ordinal));
        Assert.Equal("pavel-hronek", declined.Speaker.ActorId);
    }

    [Fact]
    public void A_day_given_as_the_speaker_gives_way_to_the_words_before_it()
    {
        var claims = Claims("MILAN, Nov 19 (Probe Wire) - Milan prosecutors on Wednesday accused the former finance director of fashion house Veradi Moda of diverting about 18 million euros ($19.5 million) through a web of shell companies, as a judge ordered him to remain under house arrest pending a decision on trial.\n");

        Assert.DoesNotContain(claims, c => c.Speaker.Text == "Wednesday");
    }

    [Fact]
    public void Nobody_named_inside_a_quotation_is_taken_for_the_pronoun_after_it()
    {
        var claims = Claims("Border talks resume\n\nColonel Arvid Sten said his unit had recorded no breaches since Friday. " +
            "The colonel wrote in his order of the day: \u201CThe gates stay in the hands of Tomas Berg.\u201D\n\n\u201CWe are ready to open them,\u201D he said.\n");

        var quote = Assert.Single(claims, c => c.Content.Contains("ready to open them", StringComparison.Ordinal));
        Assert.Equal("arvid-sten", quote.Speaker.ActorId);
    }

    [Theory]
    [InlineData("Police said the crossing at Harn would reopen within a week.", "Police")]
    [InlineData("Two senior engineers at the port told reporters that the crossing at Harn would reopen within a week.", "Two senior engineers at the port")]
    public void A_speaker_no_actor_is_linked_to_still_makes_a_claim_in_its_words(string sentence, string speaker)
    {
        var claim = Assert.Single(Claims("Border talks resume\n\n" + sentence + "\n"));

        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Null(claim.Speaker.ActorId);
    }

    [Theory]
    [InlineData("They said the crossing at Harn would reopen within a week.")]
    [InlineData("Some said the crossing at Harn would reopen within a week.")]
    public void A_lone_pronoun_or_quantifier_no_actor_stands_behind_makes_no_claim(string sentence) =>
        Assert.Empty(Claims("Border talks resume\n\n" + sentence + "\n"));

    [Theory]
    [InlineData("Ana Ruiz, director of the Velmar Defence Ministry, said the crossing at Harn would reopen within a week.", "ana-ruiz")]
    [InlineData("An attorney for Lena Ortiz, Tomas Berg, said the crossing at Harn would reopen within a week.", "tomas-berg")]
    [InlineData("Velmar's chief negotiator, Tomas Berg, said the crossing at Harn would reopen within a week.", "tomas-berg")]
    [InlineData("A spokesman for the Velmar Defence Ministry said the crossing at Harn would reopen within a week.", "velmar-defence-ministry")]
    [InlineData("Foreign ministers gathered in Ostrava urged Velmar to reopen the crossing at Harn within a week.", null)]
    [InlineData("Tomas Berg's spokesman said the crossing at Harn would reopen within a week.", "tomas-berg")]
    [InlineData("Tomas Berg's stepmother said the crossing at Harn would reopen within a week.", null)]
    [InlineData("Tomas Berg's paternal grandmother said the crossing at Harn would reopen within a week.", null)]
    [InlineData("The grandmother of Tomas Berg said the crossing at Harn would reopen within a week.", null)]
    [InlineData("The Velmarian ambassador to the Ostrava Republic said the crossing at Harn would reopen within a week.", "velmar")]
    [InlineData("Tomas Berg's stepmother, who lives in Ostrava, said the crossing at Harn would reopen within a week.", null)]
    public void The_speaker_is_the_person_a_phrase_names_not_whom_they_work_for(string sentence, string? speaker)
    {
        var text = "Border talks resume\n\n" + sentence + "\n";

        // The attribution is found either way; only its speaker decides whether a claim is made, and whose.
        Assert.Equal(speaker, Assert.Single(Attributions(text), a => a.Cue is "said" or "urged").Speaker);
        Assert.Equal(speaker, Claims(text).SingleOrDefault()?.Speaker.ActorId);
    }

    [Fact]
    public void A_content_cut_before_its_verb_runs_on_to_the_end_of_the_clause()
    {
        var claim = Assert.Single(Claims("Border talks resume\n\nAt the pier, Tomas Berg said the ceremony indicated the end of the blockade of Harn.\n"), c => c.Cue == "said");

        Assert.Equal("the ceremony indicated the end of the blockade of Harn", claim.Content);
    }

    [Theory]
    [InlineData("Tomas Berg said on Monday from his office in Ostrava: \u201CThe crossing will reopen within a week.\u201D")]
    [InlineData("Tomas Berg told reporters on Monday at the pier in Ostrava: \"The crossing will reopen within a week.\"")]
    public void What_was_said_is_the_quotation_after_a_colon_not_where_it_was_said(string sentence)
    {
        var claim = Assert.Single(Claims("Border talks resume\n\n" + sentence + "\n"));

        Assert.Equal("tomas-berg", claim.Speaker.ActorId);
        Assert.Contains("The crossing will reopen within a week", claim.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("office", claim.Content, StringComparison.Ordinal);
        Assert.Equal(QuoteForm.Direct, claim.Form);
    }

    [Fact]
    public void They_stand_for_an_organisation_just_named_and_for_nobody_further_back()
    {
        var near = Claims("Night of attacks\n\nThe defence ministry counted 14 injured overnight.\n\n\u201CWe will not give in to this,\u201D they said.\n");
        var far = Claims("Night of attacks\n\nThe defence ministry counted 14 injured overnight. The harbour stayed closed all morning. " +
            "Ferries waited offshore until noon.\n\n\u201CWe will not give in to this,\u201D they said.\n");

        Assert.Equal("velmar-defence-ministry", Assert.Single(near, c => c.Content.Contains("give in", StringComparison.Ordinal)).Speaker.ActorId);
        Assert.DoesNotContain(far, c => c.Content.Contains("give in", StringComparison.Ordinal));
        Assert.Contains(Attributions("Night of attacks\n\nThe defence ministry counted 14 injured overnight. The harbour stayed closed all morning. " +
            "Ferries waited offshore until noon.\n\n\u201CWe will not give in to this,\u201D they said.\n"), a => a.Cue == "said" && a.Speaker is null);
    }

    [Theory]
    [InlineData("The Minister for Transport, Aoife Breen, today announced that the ferry route would reopen in May.\n")]
    [InlineData("The Minister for Transport, Aoife Breen TD, today announced that the free ferry pass will be offered to everyone aged 65 and over from 12 October 2031, under a new national programme.\n")]
    public void A_day_between_the_speaker_and_the_cue_is_not_the_speaker(string text)
    {
        var claim = Assert.Single(Claims(text), c => c.Cue == "announced");

        Assert.Equal("aoife-breen", claim.Speaker.ActorId);
        Assert.Contains("Aoife Breen", claim.Speaker.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("today", claim.Speaker.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_called_by_age_is_the_person_named_last()
    {
        var claims = Claims("Speaking on Monday, the federation's alpine director, Hakon Lien, said the rule was overdue. " +
            "\u201CWe have seen too many injuries,\u201D the 49-year-old said.\n");

        Assert.Equal("hakon-lien", Assert.Single(claims, c => c.Content.Contains("injuries", StringComparison.Ordinal)).Speaker.ActorId);
    }

    [Fact]
    public void It_stands_for_the_body_that_spoke_just_before_and_for_nobody_further_back()
    {
        var near = Claims("The Harbour Pilots Union (HPU) disputes that figure. It says more than 120 pilots have signed an open letter.\n");
        var far = Claims("The Harbour Pilots Union (HPU) disputes that figure. The harbour stayed closed all morning. " +
            "Ferries waited offshore until noon. It says more than 120 pilots have signed an open letter.\n");

        var letter = Assert.Single(near, c => c.Content.Contains("open letter", StringComparison.Ordinal));
        Assert.Equal("harbour-pilots-union", letter.Speaker.ActorId);
        Assert.Equal("more than 120 pilots", Assert.Single(letter.Numbers).Text);
        Assert.DoesNotContain(far, c => c.Content.Contains("open letter", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Pell Oskarsen, the group's president, spoke in Osland. He accused Harbour Gas of knowing about the leak since late March and waiting a month before telling anyone.\n", "Harbour Gas of knowing about the leak")]
    [InlineData("The energy ministry has accused Harbour Gas (HG) of deliberately keeping two of its gas-fired units idle to save on fuel costs.\n", "Harbour Gas (HG) of deliberately keeping")]
    public void An_accusation_is_of_whom_and_of_what_not_a_cue_that_runs_on(string text, string contentStart)
    {
        var claim = Assert.Single(Claims("Leak row\n\n" + text), c => c.Cue.Contains("accused", StringComparison.Ordinal));

        Assert.EndsWith("accused", claim.Cue, StringComparison.Ordinal);
        Assert.StartsWith(contentStart, claim.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_the_text_describes_with_which_is_an_organisation()
    {
        var facts = new FactExtractor(Registry).Extract(
            new ExtractionInput("test", null, null, new DateOnly(2031, 6, 2), "Pill recall\n\nCoeur Vivant, which represents people with heart disease, disputed the figure. Coeur Vivant said more than 4 million packs had been sold.\n"),
            new Source("test", SourceKind.Article, "https://example.test/a", "Test", null, new DateOnly(2031, 6, 2), null, FactCounts.None));

        Assert.True(facts.Actors.Any(a => a.Name == "Coeur Vivant" && a.Kind == ActorKind.Organization), string.Join("; ", facts.Actors.Select(a => $"{a.Name}/{a.Kind}")));
    }

    [Theory]
    [InlineData("According to the prosecution, the drone came within 300 metres of the runway.", "the prosecution", "the drone came within 300 metres of the runway")]
    [InlineData("The plant was evacuated on Friday. According to the fire brigade, 40 workers were treated at the scene.", "the fire brigade", "40 workers were treated at the scene")]
    [InlineData("The man fled on foot, according to police.", "police", "The man fled on foot")]
    public void According_to_a_speaker_no_actor_is_linked_to_is_a_claim_of_the_whole_clause(string text, string speaker, string content)
    {
        var claim = Assert.Single(Claims(text), c => c.Cue.Equals("according to", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(content, claim.Content);
    }
}
