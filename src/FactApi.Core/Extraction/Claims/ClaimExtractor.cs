using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Claims.Tagging;
using FactApi.Core.Extraction.Dates;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// Claims from attributions: the learned tagger (<see cref="AttributionTagger"/>, reading the rule-based
/// <see cref="AttributionFinder"/>'s spans) gives the speaker phrase, cue and content of each; the speaker becomes
/// the actor named in that phrase, or the last person (he, she) or group (they, we) for a pronoun, or the person
/// named before "who". A source phrase no actor is found in still gives a claim when its words name someone
/// ("Police", "the ministry", "analysts"), with no actor id; a lone pronoun or quantifier ("they", "some") gives none.
/// </summary>
internal sealed partial class ClaimExtractor
{
    private static readonly IReadOnlyDictionary<string, string> Pronouns = Lexicon.Load("Claims.Resources.pronouns.txt");
    private static readonly IReadOnlyDictionary<string, string> Relatives = Lexicon.Load("Claims.Resources.relative-pronouns.txt");
    private static readonly IReadOnlyDictionary<string, string> QualifierPrepositions = Lexicon.Load("Claims.Resources.qualifier-prepositions.txt");
    private static readonly IReadOnlyDictionary<string, string> UnnamedSources = Lexicon.Load("Claims.Resources.unnamed-sources.txt");

    /// <summary>
    /// The claims of the article's attributions (a statement quoted after a colon in full, <see cref="StatementQuotes"/>),
    /// the quotations that continue them (<see cref="ContinuedQuotes"/>), then
    /// the figures someone "put at" a number (<see cref="ValuationClaims"/>), what someone "told reporters in X that"
    /// (<see cref="ToldClaims"/>), then the counts it states in its own voice
    /// (<see cref="NarratedClaims"/>) in sentences with no such figure;
    /// <paramref name="noise"/> is the article's page furniture, which makes no claim.
    /// </summary>
    public static IReadOnlyList<Claim> Extract(ExtractionInput input, IReadOnlyList<SentenceView> sentences, IReadOnlyList<Token> tokens, NoiseLines noise, string? publisher = null)
    {
        var (attributions, quotes) = FindWithQuotes(input.Text, sentences, tokens);
        var acts = new HashSet<Attribution>(ReferenceEqualityComparer.Instance);
        var (claims, statements) = StatementQuotes.Apply(input, FromAttributions(input, sentences, attributions, noise, acts));

        // An attribution whose cue is no saying (an act, "voted"; or what an unnamed source heard or felt, "Many have
        // heard that 20 ships leave each day") makes no claim and leaves the count in it to the article's own voice.
        var said = attributions.Where(a => !acts.Contains(a)).ToList();
        // Words of a quoted statement are its speaker's, and no other rule's claim.
        bool InStatement(Claim c) => statements.Any(b => c.Evidence.Start >= b.Start && c.Evidence.Start < b.End);
        var valued = ValuationClaims.Find(input, sentences, said, quotes).Where(v => !noise.Overlaps(v.Evidence.Start, v.Evidence.End) && !InStatement(v)).ToList();
        var told = ToldClaims.Find(input, sentences, claims, quotes).Where(t => !noise.Overlaps(t.Evidence.Start, t.Evidence.End) && !InStatement(t)).ToList();
        var continued = ContinuedQuotes.Find(input, sentences, attributions, claims, quotes, noise).Where(c => !InStatement(c)).ToList();
        // A sentence another rule made someone's claim of ("“... taking the rate to 3.0%,” said Vesela" as a continued
        // quotation) is not the publication's too.
        var narrated = NarratedClaims.Find(input, sentences, said, noise, quotes, publisher)
            .Where(n => !valued.Concat(told).Any(v => v.Evidence.Start == n.Evidence.Start)
                && !continued.Any(c => c.Evidence.Start < n.Evidence.End && n.Evidence.Start < c.Evidence.End)
                && !statements.Any(b => b.Start < n.Evidence.End && n.Evidence.Start < b.End));
        return [.. claims.Select(c => ValuationClaims.WithValuersName(c, valued)), .. continued, .. valued, .. told, .. narrated];
    }

    /// <summary>The claims of the attributions found in <paramref name="input"/>'s text (in order of their cues).</summary>
    /// <param name="acts">Filled, when given, with the attributions whose cue says nobody said anything: no verb of speech
    /// or thought, or, from a source no actor is linked to, no active verb of saying.</param>
    internal static List<Claim> FromAttributions(ExtractionInput input, IReadOnlyList<SentenceView> sentences, IReadOnlyList<Attribution> attributions, NoiseLines noise, ISet<Attribution>? acts = null)
    {
        var claims = new List<Claim>();
        Claim? lastCounted = null;
        var said = new HashSet<(string Speaker, TextSpan Content)>();
        var owned = attributions.Where(a => !Elsewhere(a)).Select(a => a.Content).ToHashSet();
        foreach (var found in attributions)
        {
            var sourceText = input.Text[found.Source.Start..found.Source.End];
            var cue = input.Text.AsSpan(found.Cue.Start, found.Cue.End - found.Cue.Start);
            var folded = found.Speaker is null ? SearchKey.Fold(sourceText) : null;
            if (!SpeechCues.Reports(cue, found.Form) || (folded is not null && !SpeechCues.ReportsActively(cue, found.Form)))
            {
                acts?.Add(found);
                continue;
            }

            if ((folded is not null && !Unlinked(found, folded, cue)) || noise.Contains(found.Cue.Start))
            {
                continue;
            }

            // A source no actor is linked to ("Police", "the ministry", "analysts") still says who spoke; its words stand for it.
            var speakerKey = found.Speaker?.ActorId ?? "\0" + folded;
            if ((Elsewhere(found) && owned.Contains(found.Content)) || !said.Add((speakerKey, found.Content)))
            {
                // "dismissed the offers and called for a truce" with only the first content found: both cues take it,
                // and the second would claim the speaker said it twice. Nor does a cue take from a neighbouring
                // sentence a content someone else's cue already has.
                continue;
            }

            // "The trail recorded more than 410,000 visits last year": a cue whose own sentence goes on with a count as
            // its object said that, not a quotation from a sentence around it.
            if (Elsewhere(found) && CountFollows(input.Text, found.Cue.End, found.Sentence.End))
            {
                continue;
            }

            var sentence = found.Sentence;
            var (cueEnd, contentStart) = AccusationCue(input.Text, found.Cue.Start, found.Cue.End, found.Content.Start);
            var content = ClaimText.Clean(input.Text[contentStart..found.Content.End]);
            if (content.Length < 3 || (found.Form == QuoteForm.Indirect && !content.Contains(' ', StringComparison.Ordinal)))
            {
                // One word reported ("..., saying Russia") is a fragment, not something a reader could check.
                continue;
            }

            // A quotation can open sentences before its cue: the evidence then runs from its first sentence, so that it holds the whole claim.
            var first = Math.Min(Math.Min(found.Content.Start, found.Source.Start), sentence.Start);
            var last = Math.Max(Math.Max(found.Content.End, found.Source.End), sentence.End);
            var (from, to) = first >= sentence.Start && last <= sentence.End
                ? (sentence.Start, sentence.End)
                : (sentences.LastOrDefault(s => s.Start <= first)?.Start ?? sentence.Start, sentences.FirstOrDefault(s => s.End >= last)?.End ?? sentence.End);
            var evidence = new Evidence(input.SourceId, input.Url, input.Title, input.PublishedAt, input.Text[from..to], from, to);
            var numbers = ElidedUnits.Resolve(input.Text, contentStart, content, NumberExtractor.Find(content));
            if (found.Speaker is null && NumberExtractor.Find(sourceText) is { Count: > 0 } share)
            {
                // "69 percent of those polled said they did not know": the count is who says it, and what the claim reports.
                numbers = [.. numbers, .. share];
            }

            var saidOn = SaidOn(sentence, found.Cue.End) ?? (input.PublishedAt is { } published ? TemporalValue.Of(published) : null);
            var topic = ClaimTopics.Find(content, numbers);
            if (topic is null && numbers.Count > 0 && numbers[0].Unit is null && lastCounted is { Topic: not null } previous && from - previous.Evidence.End < 400)
            {
                // "Kyiv counted 700 breaches; Moscow said it recorded nearly 500": a bare count just after a counted claim counts the same thing.
                topic = previous.Topic;
            }

            claims.Add(new Claim(
                FactIds.Claim(input.SourceId, from, to, content),
                new Speaker(found.Speaker?.ActorId, sourceText),
                input.Text[found.Cue.Start..cueEnd],
                content,
                found.Form,
                saidOn,
                topic,
                numbers,
                evidence));
            if (numbers.Count > 0)
            {
                lastCounted = claims[^1];
            }
        }

        return claims;
    }

    /// <summary>
    /// "He accused Verlaine of knowing about | the contamination": the tagger may run an accusation's cue on into what was
    /// said. Who is accused and of what are the claim, so the cue ends at the verb and the content starts after it. Any
    /// other cue, or one whose content is not right after it, is kept as found.
    /// </summary>
    private static (int CueEnd, int ContentStart) AccusationCue(string text, int cueStart, int cueEnd, int contentStart)
    {
        if (contentStart < cueEnd || AccusingVerb().Match(text, cueStart, cueEnd - cueStart) is not { Success: true } verb)
        {
            return (cueEnd, contentStart);
        }

        // "has accused Harbour Gas (HG) of deliberately keeping two of | its units idle": the tagger may also leave out whom
        // the accusation is of; a gap that holds the "of" of "accused X of" is part of what was said.
        var gap = text.AsSpan(cueEnd, contentStart - cueEnd);
        var bridged = gap.Trim().Length == 0 || (gap.Contains(" of ", StringComparison.Ordinal) && gap.IndexOfAny(".;\"“”") < 0);
        var after = verb.Index + verb.Length;
        var start = after;
        while (start < contentStart && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return !bridged || start >= contentStart ? (cueEnd, contentStart) : (after, start);
    }

    [GeneratedRegex(@"\baccus(?:ed|es|ing|e)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AccusingVerb();

    /// <summary>Whether a number starts within three words after the cue, in its sentence ("recorded more than 410,000").</summary>
    private static bool CountFollows(string text, int cueEnd, int sentenceEnd)
    {
        var end = Math.Min(sentenceEnd, cueEnd + 40);
        if (end <= cueEnd || NumberExtractor.Find(text[cueEnd..end]).FirstOrDefault() is not { } number)
        {
            return false;
        }

        var at = text.IndexOf(number.Text, cueEnd, end - cueEnd, StringComparison.Ordinal);
        return at >= 0 && text.AsSpan(cueEnd, at - cueEnd).Trim().Count(' ') < 3;
    }

    /// <summary>Whether the content lies wholly outside the cue's sentence (taken from a neighbouring one).</summary>
    private static bool Elsewhere(Attribution found) =>
        found.Content.End <= found.Sentence.Start || found.Content.Start >= found.Sentence.End;

    /// <summary>Every attribution of the article with absolute offsets, whether or not its speaker is a known actor.</summary>
    public static IReadOnlyList<Attribution> Find(string text, IReadOnlyList<SentenceView> sentences, IReadOnlyList<Token> tokens) =>
        FindWithQuotes(text, sentences, tokens).Attributions;

    private static (List<Attribution> Attributions, QuoteMap Quotes) FindWithQuotes(string text, IReadOnlyList<SentenceView> sentences, IReadOnlyList<Token> tokens)
    {
        var context = Context(text, sentences, tokens);
        return (Resolve(text, sentences, context.Quotes, Spans(context, AttributionTagger.Default)), context.Quotes);
    }

    /// <summary>
    /// The source, cue and content spans of an article: <paramref name="tagger"/>'s, assembled per cue, or the
    /// rule-based finder's alone when there is no tagger.
    /// </summary>
    public static List<(TextSpan Source, TextSpan Cue, TextSpan Content)> Spans(AttributionContext context, AttributionTagger? tagger)
    {
        if (tagger is null)
        {
            return [.. context.RuleAttributions];
        }

        // Layout marks a signed quotation or a transcript line so plainly that the tagger, which learnt from few
        // of them, is not asked: each one it did not find itself is added.
        var spans = AttributionAssembler.Assemble(context, tagger.Tag(context));
        foreach (var layout in context.LayoutAttributions)
        {
            if (!spans.Exists(s => s.Cue.Overlaps(layout.Cue)))
            {
                spans.Add(layout);
            }
        }

        return spans;
    }

    /// <summary>The tagger's input: the article's tokens (<paramref name="tokens"/>, the document's), names, quotations and the rule-based finder's spans.</summary>
    public static AttributionContext Context(string text, IReadOnlyList<SentenceView> sentences, IReadOnlyList<Token> tokens)
    {
        var quotes = new QuoteMap(text);
        var rules = new List<(TextSpan Source, TextSpan Cue, TextSpan Content)>();
        foreach (var sentence in sentences)
        {
            foreach (var (source, cue, content) in AttributionFinder.Find(text, sentence.Text, sentence.Start, quotes))
            {
                rules.Add((Shift(source, sentence.Start), Shift(cue, sentence.Start), Shift(content, sentence.Start)));
            }
        }

        var layout = LayoutAttributions.Find(text, quotes).ToList();
        rules.AddRange(layout);
        return AttributionContext.Create(text, sentences, quotes, rules, tokens, layout);
    }

    /// <summary>
    /// Whether an attribution whose source phrase no actor was found in still makes a claim: the phrase has a word
    /// that can be a noun other than a pronoun or quantifier ("Meanwhile" names nobody), an indirect content starts in
    /// the cue's own sentence, and the cue is an active, finite verb of saying. No actor vouches for such a source, so
    /// a headline's "Border talks resume" read as a speaker and a cue must not reach past it.
    /// </summary>
    private static bool Unlinked(Attribution found, string foldedSource, ReadOnlySpan<char> cue) =>
        foldedSource.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Any(char.IsLetter) && !UnnamedSources.ContainsKey(w) && WordClasses.CanBeNoun(w))
        && (found.Form == QuoteForm.Direct || (found.Content.Start >= found.Sentence.Start && found.Content.Start < found.Sentence.End && found.Source.Start >= found.Sentence.Start))
        && SpeechCues.ReportsActively(cue, found.Form);

    /// <summary>
    /// "Milan prosecutors on Wednesday accused ...": the layers sometimes give the day as the speaker. A speaker that is
    /// only a time expression after "on" is the words before it, back to the sentence's start (past its dateline) or a
    /// comma; one with no "on" ("..., Fiona Garvey TD, today announced") is the sentence's opening words before it when
    /// they name an actor.
    /// </summary>
    private static TextSpan BeforeItsDay(string text, SentenceView sentence, TextSpan source)
    {
        // "Aoife Breen, today": a day that ends the speaker is not part of it.
        if (source.Length > 0 && sentence.Times.FirstOrDefault(t => t.Start > source.Start && t.End == source.End) is { } ending)
        {
            var before = WordBefore.PhraseEnd(text, ending.Start, source.Start);
            return before > source.Start ? new TextSpan(source.Start, before) : source;
        }

        if (source.Length == 0 || !sentence.Times.Any(t => t.Start <= source.Start && source.End <= t.End))
        {
            return source;
        }

        var (onStart, onEnd) = WordBefore.Find(text, source.Start, sentence.Start);
        if (text.AsSpan(onStart, onEnd - onStart) is not "on")
        {
            // "The Minister for Health, Fiona Garvey TD, today announced": with no "on", the subject before the day, from
            // the sentence's start, when it names an actor.
            var opening = sentence.Start + Datelines.LengthAt(text, sentence.Start, sentence.End);
            var last = WordBefore.PhraseEnd(text, source.Start, opening);
            return last > opening && sentence.Mentions.Any(m => m.Start >= opening && m.End <= last) && text.AsSpan(opening, last - opening).Count(' ') < 12
                ? new TextSpan(opening, last)
                : source;
        }

        var from = Math.Max(sentence.Start + Datelines.LengthAt(text, sentence.Start, sentence.End), text.LastIndexOf(',', Math.Max(onStart - 1, 0), Math.Max(onStart - sentence.Start, 0)) + 1);
        while (from < onStart && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        var end = onStart;
        while (end > from && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > from ? new TextSpan(from, end) : source;
    }

    /// <summary>
    /// Speakers for the spans: the actor named in the source phrase, else for he or she the latest person the
    /// article does not tell to be of the other gender (<see cref="PersonGenders"/>; one named earlier in the same
    /// sentence only when it tells the gender agrees), and for they or we a group or other actor named in this sentence's
    /// attributions or the one before. Nobody named inside a quotation is taken: "“I love Larry,” he said" is not Larry
    /// speaking.
    /// </summary>
    private static List<Attribution> Resolve(string text, IReadOnlyList<SentenceView> sentences, QuoteMap quotes, List<(TextSpan Source, TextSpan Cue, TextSpan Content)> spans)
    {
        const int RecentPeople = 10;
        var found = new List<Attribution>();
        var genders = new PersonGenders(sentences);
        var people = new List<ActorMention>();
        (ActorMention Mention, int Sentence)? lastOther = null;
        (ActorMention Mention, int Sentence)? lastGroup = null;
        (ActorMention Mention, int Sentence)? lastBodySpeaker = null;
        var ordered = spans.OrderBy(s => s.Cue.Start).ToList();
        var speakers = new List<ActorMention>();
        var next = 0;
        var index = -1;
        foreach (var sentence in sentences)
        {
            index++;
            for (; next < ordered.Count && ordered[next].Cue.Start < sentence.End; next++)
            {
                var (s, c, body) = ordered[next];
                if (c.Start < sentence.Start)
                {
                    continue;
                }

                s = BeforeItsDay(text, sentence, SpeakerSpans.Trim(text, s, c, sentence.Mentions));
                body = QuotedAfterColon(text, sentence, c, body);

                var word = text[s.Start..s.End];
                var speaker = s.Length == 0 ? null : Named(text, sentence, s)
                    ?? (Relatives.ContainsKey(word) ? sentence.Mentions.LastOrDefault(m => m.End <= s.Start) : null)
                    ?? (Pronouns.ContainsKey(word) ? (word.ToLowerInvariant() is "he" or "she" ? Person(sentence, s, word) : Collective()) : null)
                    ?? (word is "It" or "it" ? Body() : null)
                    ?? (AgedPerson().IsMatch(word) ? Aged(s) : null)
                    ?? (word.StartsWith("its ", StringComparison.OrdinalIgnoreCase) || word.StartsWith("their ", StringComparison.OrdinalIgnoreCase) ? Owner(sentence, s) : null);
                var form = body.Length > 0 && text[body.Start] is '"' or '\u201C' or '`' ? QuoteForm.Direct : QuoteForm.Indirect;
                found.Add(new Attribution(sentence, s, speaker, c, body, form));
                if (speaker is not null)
                {
                    Remember([speaker]);
                    speakers.Add(speaker);
                    if (speaker.Kind is not (ActorKind.Person or ActorKind.Group))
                    {
                        lastBodySpeaker = (speaker, index);
                    }
                }
            }

            // "Roe told reporters that residents of Hallam and Dunmore had left. “...,” she said": who spoke in a
            // sentence is more likely the next "she" than anyone the sentence only talks about, so speakers come last.
            Remember(sentence.Mentions);
            Remember(speakers);
            speakers.Clear();
        }

        return WithoutNested(found);

        ActorMention? Person(SentenceView sentence, TextSpan pronoun, string word)
        {
            for (var k = sentence.Mentions.Count - 1; k >= 0; k--)
            {
                var earlier = sentence.Mentions[k];
                // "after examining Clinton's leg, she insisted": a possessive names whose thing it is, not who acts.
                if (earlier.Kind == ActorKind.Person && earlier.End <= pronoun.Start && !quotes.Inside(earlier.Start) && !Possessive(text, earlier) && genders.Agrees(earlier, word) == true)
                {
                    return earlier;
                }
            }

            for (var k = people.Count - 1; k >= Math.Max(0, people.Count - RecentPeople); k--)
            {
                if (genders.Agrees(people[k], word) != false)
                {
                    return people[k];
                }
            }

            return null;
        }

        // "They" and "we" stand for a group or organisation only just named: further back, or in an opinion piece's
        // "we", the last one named is as likely not meant, and a claim given to the wrong actor is worse than none.
        // "An AIU spokesman said its records showed ...": what an organisation's own records or figures show, it says;
        // the owner is the organisation named last before, in this sentence or the one before.
        ActorMention? Owner(SentenceView sentence, TextSpan span) =>
            sentence.Mentions.LastOrDefault(m => m.Kind != ActorKind.Person && m.End <= span.Start && !quotes.Inside(m.Start)) ?? Collective();

        // "Speaking to the radio, the federation's director, Hakon Lien, ... the 49-year-old said": the person named last,
        // in this sentence before the phrase or among the recent ones, whatever their gender.
        ActorMention? Aged(TextSpan phrase) =>
            sentences[index].Mentions.LastOrDefault(m => m.Kind == ActorKind.Person && m.End <= phrase.Start && !quotes.Inside(m.Start))
            ?? (people.Count > 0 ? people[^1] : null);

        // "The union disputes that picture. It says more than 120 skiers signed": "it" is an organisation or country
        // that spoke in this sentence or the one before, else the one named last there.
        ActorMention? Body() =>
            lastBodySpeaker is { } body && body.Sentence >= index - 1 ? body.Mention
            : lastOther is { } other && other.Sentence >= index - 1 ? other.Mention
            : null;

        ActorMention? Collective() =>
            lastGroup is { } group && group.Sentence >= index - 1 ? group.Mention
            : lastOther is { } other && other.Sentence >= index - 1 ? other.Mention
            : null;

        void Remember(IEnumerable<ActorMention> mentions)
        {
            foreach (var mention in mentions)
            {
                if (quotes.Inside(mention.Start))
                {
                    continue;
                }

                if (mention.Kind == ActorKind.Person)
                {
                    people.RemoveAll(p => p.ActorId == mention.ActorId);
                    people.Add(mention);
                }
                else if (mention.Kind == ActorKind.Group)
                {
                    lastGroup = (mention, index);
                }
                else
                {
                    lastOther = (mention, index);
                }
            }
        }
    }

    /// <summary>
    /// The actor a source phrase names as the speaker. A person who is no qualifier of someone else (no possessive, not
    /// after "for", "of", "to"...: "Trump's running mate, Mike Pence", "an attorney for Pagliano, Mark MacDougall")
    /// comes first, the one before the phrase's first comma before others (the head of "Ana Ruiz, director of the
    /// port authority,"); then another actor ("a spokesman for the Kremlin"), before the comma first; then any person.
    /// The last of each. A place after a participle ("ministers gathered in Kyiv") is where they were, and never speaks.
    /// Nor does a person whose possessive names kin ("Kopp's stepmother", kin-nouns.txt): that is someone else.
    /// </summary>
    private static ActorMention? Named(string text, SentenceView sentence, TextSpan source)
    {
        var comma = text.IndexOf(',', source.Start, source.Length);
        var head = comma < 0 ? source.End : comma;
        var clause = RelativeClause(text, source);
        ActorMention? person = null, free = null, headFree = null, other = null, headOther = null;
        foreach (var mention in sentence.Mentions)
        {
            // "Berg's stepmother, who lives in Ostrava,": whom the clause names tells about the speaker, and is not them.
            if (mention.Start >= source.End || mention.End <= source.Start || mention.Start >= clause)
            {
                continue;
            }

            var (before, at) = WordBeforeAt(text, mention.Start, source.Start);
            var qualifies = QualifierPrepositions.ContainsKey(before);
            if (qualifies && WordBeforeAt(text, at, source.Start).Word is { Length: > 3 } verb
                && (verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
            {
                // "European leaders gathered in Kyiv": where they met, not who they are.
                continue;
            }

            var inHead = mention.Start < head;
            if (mention.Kind != ActorKind.Person
                && (before.Equals("to", StringComparison.OrdinalIgnoreCase)
                    || (before.Equals("the", StringComparison.OrdinalIgnoreCase) && WordBeforeAt(text, at, source.Start).Word.Equals("to", StringComparison.OrdinalIgnoreCase))))
            {
                // "the Iraqi ambassador to Greece": sent there, and speaking for someone else.
                continue;
            }

            if (mention.Kind != ActorKind.Person)
            {
                other = mention;
                headOther = inHead ? mention : headOther;
                continue;
            }

            if ((Possessive(text, mention) && KinNouns.Contains(WordAfterPossessive(text, mention))) || KinBefore(text, at, source.Start, before))
            {
                // "Kopp's stepmother said": she speaks, and for herself.
                continue;
            }

            person = mention;
            if (!Possessive(text, mention) && !qualifies)
            {
                free = mention;
                headFree = inHead ? mention : headFree;
            }
        }

        return headFree ?? free ?? headOther ?? other ?? person;
    }

    /// <summary>The word ending right before <paramref name="at"/> (spaces skipped), not reaching before <paramref name="floor"/>, and where it starts.</summary>
    private static (string Word, int Start) WordBeforeAt(string text, int at, int floor)
    {
        var (start, end) = WordBefore.Find(text, at, floor);
        return (text[start..end], start);
    }

    /// <summary>
    /// "The White House said President Bush has approved duty-free treatment": a cue inside another attribution's
    /// content whose speaker phrase lies outside that content ("The White House ... has approved") reaches across the
    /// outer cue for a speaker that is not its own, and is dropped; one with its own speaker inside stays.
    /// </summary>
    internal static List<Attribution> WithoutNested(List<Attribution> found) =>
        found.Where(inner => !found.Any(outer => !ReferenceEquals(outer, inner) && outer.Content.Length > 0
            && outer.Content.Start <= inner.Cue.Start && inner.Cue.End <= outer.Content.End
            && inner.Source.Length > 0 && (inner.Source.End <= outer.Content.Start || inner.Source.Start >= outer.Content.End))).ToList();

    /// <summary>
    /// "said Thursday from her home in Irving, Texas: “I would like ...”": the words between the cue and a colon say
    /// where or when it was said; what was said is the quotation after the colon, whether the content found ends
    /// before the colon or runs over it.
    /// </summary>
    private static TextSpan QuotedAfterColon(string text, SentenceView sentence, TextSpan cue, TextSpan body)
    {
        const int MostBetween = 60;
        if (body.Length == 0 || body.Start < cue.End)
        {
            return body;
        }

        var colon = text.IndexOf(':', body.Start, Math.Min(body.Length + MostBetween, Math.Max(0, sentence.End - body.Start)));
        if (colon < 0 || text.AsSpan(cue.End, colon - cue.End).IndexOfAny("\"\u201C\u201D`".AsSpan()) >= 0)
        {
            return body;
        }

        var open = colon + 1;
        while (open < text.Length && text[open] == ' ')
        {
            open++;
        }

        var (opening, closing) = open < text.Length ? text[open] switch
        {
            '"' => ("\"", "\""),
            '\u201C' => ("\u201C", "\u201D"),
            '`' when open + 1 < text.Length && text[open + 1] == '`' => ("``", "''"),
            _ => ("", ""),
        } : ("", "");
        if (opening.Length == 0)
        {
            return body;
        }

        var close = text.IndexOf(closing, open + opening.Length, StringComparison.Ordinal);
        return close < 0 ? body : new TextSpan(open, close + closing.Length);
    }

    /// <summary>Where a relative clause after a comma starts in the source phrase (", who married ..."); its end when there is none.</summary>
    private static int RelativeClause(string text, TextSpan source)
    {
        for (var comma = text.IndexOf(',', source.Start, source.Length); comma >= 0; comma = text.IndexOf(',', comma + 1, source.End - comma - 1))
        {
            var (start, end) = WordAfter(text, comma + 1, source.End, hyphens: false);
            if (end > start && Relatives.ContainsKey(text[start..end]))
            {
                return start;
            }
        }

        return source.End;
    }

    /// <summary>The word after a possessive's "'s" ("stepmother" of "Kopp's stepmother").</summary>
    private static string WordAfterPossessive(string text, ActorMention mention)
    {
        var (start, end) = WordAfter(text, mention.End + 2, text.Length, hyphens: true);
        // "Elian's paternal grandmother": past one modifier to the noun it modifies.
        if (end > start && !KinNouns.Contains(text[start..end]) && WordAfter(text, end, text.Length, hyphens: true) is var (nextStart, nextEnd)
            && nextEnd > nextStart && KinNouns.Contains(text[nextStart..nextEnd]))
        {
            return text[nextStart..nextEnd];
        }

        return text[start..end];
    }

    /// <summary>"The grandmother of Elian Gonzalez said": kin of the person named after "of", and not that person.</summary>
    private static bool KinBefore(string text, int prepositionAt, int floor, string preposition)
    {
        if (!preposition.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return KinNouns.Contains(WordBeforeAt(text, prepositionAt, floor).Word);
    }

    /// <summary>The range of the word of letters (and hyphens, if asked) starting at <paramref name="from"/> once spaces are skipped, not past <paramref name="limit"/>.</summary>
    private static (int Start, int End) WordAfter(string text, int from, int limit, bool hyphens)
    {
        var start = from;
        while (start < limit && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < limit && (char.IsLetter(text[end]) || (hyphens && text[end] == '-')))
        {
            end++;
        }

        return (start, end);
    }

    private static bool Possessive(string text, ActorMention mention) =>
        mention.End + 1 < text.Length && CharClass.IsApostrophe(text[mention.End]) && text[mention.End + 1] is 's' or 'S';

    private static TextSpan Shift(TextSpan span, int by) => new(span.Start + by, span.End + by);

    private static TemporalValue? SaidOn(SentenceView sentence, int cueEnd) =>
        sentence.Times.Where(t => t.Type == TimexType.Date && t.Start >= cueEnd && t.Start - cueEnd <= 5)
            .Select(t => TemporalValue.TryParse(t.Value, out var value) ? value : null)
            .FirstOrDefault(v => v is not null);

    /// <summary>"the 49-year-old", "The 24-year-old striker": a person the text named before, called by age.</summary>
    [GeneratedRegex(@"^[Tt]he\s+\d{1,3}-year-old(?:\s+\p{Ll}+){0,2}$", RegexOptions.CultureInvariant)]
    internal static partial Regex AgedPerson();
}
