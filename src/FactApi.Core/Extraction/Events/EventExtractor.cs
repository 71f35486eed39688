using System.Globalization;
using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Claims;
using FactApi.Core.Extraction.Claims.Tagging;
using FactApi.Core.Extraction.Dates;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Events;

/// <summary>
/// Events from sentences that hold both a trigger (talks, visit, ceasefire, attack...) and a calendar date.
/// The description is the trigger with the content words just before it and the place; the actors are those
/// the sentence names.
/// </summary>
internal static partial class EventExtractor
{
    private static readonly IReadOnlyDictionary<string, string> Triggers = Lexicon.Load("Events.Resources.event-triggers.txt");
    private static readonly HashSet<string> DatedOnly = EmbeddedData.DataLines("Events.Resources.dated-triggers.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> TimePrepositions = new(["on", "at", "by", "from", "until", "in"], StringComparer.Ordinal);
    private static readonly IReadOnlyDictionary<string, string> Stopwords = Lexicon.Load("Events.Resources.what-stopwords.txt");
    private static readonly HashSet<string> Settlements = EmbeddedData.DataLines("Events.Resources.settlement-nouns.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> PlaceWords = EmbeddedData.DataLines("Events.Resources.place-words.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> SayingVerbs = EmbeddedData.DataLines("Events.Resources.saying-verbs.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="countries">Names of countries: a country is who acts, not where ("talks in Istanbul", not "(Russia)").</param>
    public static IReadOnlyList<Event> Extract(ExtractionInput input, IReadOnlyList<SentenceView> sentences, IReadOnlySet<string> countries)
    {
        var events = new List<Event>();
        QuoteMap? quotes = null;
        foreach (var sentence in sentences)
        {
            if (!sentence.Times.Any(IsCalendar))
            {
                continue;
            }

            var words = Words(sentence.Text);
            var (trigger, reference) = FindTrigger(words);
            var act = false;
            if (trigger < 0 || Triggers[TriggerText(words, trigger)] != "verb")
            {
                // "Albright paid tribute Tuesday to bombing victims": an act told before a noun trigger is what the
                // sentence dates; the noun is what it was done to or for.
                // Unless the date belongs to the noun: "condemned Iraq's invasion of Kuwait on Aug. 2".
                var found = FindAct(sentence, words, quotes ??= new QuoteMap(input.Text));
                if (found >= 0 && (trigger < 0 || (found < trigger && DateDistance(sentence, words, found) <= DateDistance(sentence, words, trigger))))
                {
                    (trigger, act, reference) = (found, true, false);
                }
            }

            if (trigger < 0 || Build(input, sentence, words, trigger, act, reference, countries, null) is not { } first)
            {
                continue;
            }

            events.Add(first.Event);

            // "The committee is due to start voting next month, and the unions said they would hold another national
            // strike on Oct. 14": a later trigger whose own nearest date is another one is a second event. The first
            // such trigger, past any whose nearest date is the first event's ("has spread, officials said Thursday,
            // and a boy ... died on Monday").
            for (var (next, nextReference) = act ? (-1, false) : FindTrigger(words, trigger + 1); next >= 0; (next, nextReference) = FindTrigger(words, next + 1))
            {
                if (Build(input, sentence, words, next, false, nextReference, countries, first.Time) is { } second)
                {
                    events.Add(second.Event);
                    break;
                }
            }
        }

        return events;
    }

    /// <summary>
    /// The event of one trigger: dated by the calendar date nearest it (none when that is <paramref name="other"/>,
    /// which dates another event of the sentence), with its place, description and the sentence's actors.
    /// </summary>
    private static (Event Event, TimeExpression Time)? Build(ExtractionInput input, SentenceView sentence, List<string> words, int trigger, bool act, bool reference, IReadOnlySet<string> countries, TimeExpression? other)
    {
        // "one linked to Easter and another during the commemorations in April": the date nearest the trigger.
        var triggerAt = sentence.Start + WordAt(sentence.Text, words, trigger);
        // "SANTIAGO, March 19 (Wire) - The bank cut its rate on Wednesday": the dateline's date is when the story
        // was filed, so any other date of the sentence dates the event first.
        var datelineEnd = sentence.Start + Claims.Datelines.LengthAt(sentence.Text, 0, sentence.Text.Length);
        var triggerEnd = triggerAt + words[trigger].Length;
        var dated = sentence.Times
            .Where(IsCalendar)
            .Where(t => !SaysWhen(input.Text, t, sentence.Start, triggerAt))
            // "thrown into doubt on Monday, a day after the vote": an event named to date another by has only
            // a date of its own written right after it ("after the vote on Sunday").
            .Where(t => !reference || (t.Start >= triggerEnd && WordsIn(sentence, triggerEnd, t.Start) <= 2))
            // "Mendes, 61, who ran the authority until his arrest in 2023, was found guilty": a date inside a
            // relative clause the trigger is not in dates that clause, not the sentence's event.
            .Where(t => RelativeClauseAround(sentence, t.Start) is not var (from, to) || (triggerAt >= from && triggerAt < to))
            .OrderBy(t => t.Start < datelineEnd ? 1 : 0)
            // The gap between the words, the trigger's own length aside: "open on Monday, 11 May and close on Friday,
            // 31 July" closes on the 31st, four characters after "close" and five before it.
            .ThenBy(t => t.Start >= triggerAt ? t.Start - triggerEnd : triggerAt - t.End)
            .Select(t => (Time: t, Value: TemporalValue.TryParse(t.Value.Length > 16 ? t.Value[..16] : t.Value, out var value) ? value : null))
            .FirstOrDefault(v => v.Value is not null);
        var when = dated.Value;
        if (when is null || (other is not null && dated.Time == other))
        {
            return null;
        }

        if (act && WordBefore.Find(input.Text, dated.Time.Start, sentence.Start) is var (fromWord, toWord) && input.Text.AsSpan(fromWord, toWord - fromWord) is "since")
        {
            // "has stood beside the pier since 2029": a state that began then, not an act done then.
            return null;
        }

        // A place the tagger found that is also a known person or organisation is that actor, not a place;
        // the place right after the trigger ("visited Kyiv", "talks in Istanbul") is the event's own.
        var at = triggerEnd;
        var place = sentence.Names
            .Where(n => n.Label == "LOC" && !sentence.Mentions.Any(m => m.Kind is ActorKind.Person or ActorKind.Organization && m.Start < n.End && n.Start < m.End))
            .Where(n => !sentence.Times.Any(t => t.Start < n.End && n.Start < t.End)) // "Easter" is when, not where
            .Where(n => PlaceWords.Contains(WordBeforePlace(input.Text, n.Start)) && !ModifiesNoun(input.Text, n.End, sentence) && !Origin(input.Text, n.Start, sentence))
            .Select(n => (Text: input.Text[n.Start..n.End], n.Start))
            .Where(p => !countries.Contains(p.Text))
            .OrderBy(p => p.Start >= at && p.Start - at <= 12 ? 0 : 1)
            .Select(p => p.Text)
            .FirstOrDefault();
        var what = act || Triggers[TriggerText(words, trigger)] == "verb"
            ? DescribeAction(sentence, words, trigger, other is null ? null : ClauseSubject(words, trigger))
            : Describe(words, trigger, place);
        // "LAGOS, Nigeria — ...": where the story was filed is nobody the event involves.
        var actors = sentence.Mentions.Where(m => m.Start >= datelineEnd).Select(m => m.ActorId).Distinct(StringComparer.Ordinal).ToList();
        var evidence = new Evidence(input.SourceId, input.Url, input.Title, input.PublishedAt, sentence.Text, sentence.Start, sentence.End);
        return (new Event(FactIds.Event(input.SourceId, sentence.Start, sentence.End, what), what, when, place, actors, evidence), dated.Time);
    }

    private static readonly Regex RelativeClause = new(@",\s+(?:who|which|whose)\b[^,;]*,", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The span of a relative clause set off by commas (", who ran the port until 2023,") around an offset, if any.</summary>
    private static (int From, int To)? RelativeClauseAround(SentenceView sentence, int at)
    {
        foreach (Match m in RelativeClause.Matches(sentence.Text))
        {
            var (from, to) = (sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
            if (at >= from && at < to)
            {
                return (from, to);
            }
        }

        return null;
    }

    /// <summary>Words between the word and the nearest calendar date of the sentence.</summary>
    private static int DateDistance(SentenceView sentence, List<string> words, int word)
    {
        var at = sentence.Start + WordAt(sentence.Text, words, word);
        var end = at + words[word].Length;
        return sentence.Times.Where(IsCalendar)
            .Select(t => t.Start >= end ? WordsIn(sentence, end, t.Start) : t.End <= at ? WordsIn(sentence, t.End, at) : 0)
            .DefaultIfEmpty(int.MaxValue).Min();
    }

    private static int WordsIn(SentenceView sentence, int from, int to)
    {
        var count = 0;
        var inWord = false;
        for (var i = from - sentence.Start; i < to - sentence.Start; i++)
        {
            var letter = char.IsLetterOrDigit(sentence.Text[i]);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }

    /// <summary>The word right before <paramref name="at"/>, skipping spaces and an article ("in the Hague" gives "in").</summary>
    private static string WordBeforePlace(string text, int at)
    {
        var (start, end) = WordBefore.Find(text, at, 0);
        if (text.AsSpan(start, end - start) is "the" or "The")
        {
            (start, end) = WordBefore.Find(text, start, 0);
        }

        // "held in the city of Independence": a settlement noun and "of" stand for the place itself.
        if (text.AsSpan(start, end - start) is "of" && WordBefore.Find(text, start, 0) is var (nounStart, nounEnd) && nounEnd > nounStart
            && Settlements.Contains(text[nounStart..nounEnd]))
        {
            return WordBeforePlace(text, nounStart);
        }

        return text[start..end];
    }

    /// <summary>
    /// "Okafor, a 23-year-old master from Enugu,": a place after "from" in an apposition that describes someone is where
    /// they come from, not where the event was.
    /// </summary>
    private static bool Origin(string text, int placeStart, SentenceView sentence)
    {
        var (fromStart, fromEnd) = WordBefore.Find(text, placeStart, sentence.Start);
        if (!text.AsSpan(fromStart, fromEnd - fromStart).SequenceEqual("from"))
        {
            return false;
        }

        // The apposition follows a name ("Okafor, a ... from"), not an opening phrase ("In the morning, an aid convoy ... from").
        var comma = text.LastIndexOf(',', Math.Max(fromStart - 1, sentence.Start), Math.Max(fromStart - sentence.Start, 0));
        return comma > sentence.Start && text.AsSpan(comma + 1, fromStart - comma - 1).TrimStart() is var described
            && (described.StartsWith("a ", StringComparison.Ordinal) || described.StartsWith("an ", StringComparison.Ordinal))
            && WordBefore.Find(text, comma, sentence.Start) is var (nameStart, nameEnd) && nameEnd > nameStart && char.IsUpper(text[nameStart]);
    }

    /// <summary>"outside the U.S. embassies": a name right before a lower-case noun modifies it, and is not where.</summary>
    private static bool ModifiesNoun(string text, int end, SentenceView sentence)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsAsciiLetterLower(text[end + 1]))
        {
            return false;
        }

        var wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return WordClasses.CanBeNoun(text[(end + 1)..wordEnd]) && !sentence.Times.Any(t => t.Start <= end + 1 && end + 1 < t.End);
    }

    private static bool IsCalendar(TimeExpression time) => time.Type is TimexType.Date or TimexType.Time;

    // Dashes too: "the \u201Ccoalition of the willing\u201D\u2014visited Kyiv" has no space before the verb.
    private static List<string> Words(string text) =>
        text.Split([' ', ',', ';', ':', '.', '!', '?', '"', '\u201C', '\u201D', '(', ')', '\n', '\u2013', '\u2014', '\u2015'], StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>
    /// Where word <paramref name="index"/> of <paramref name="words"/> starts in <paramref name="text"/>: the words are
    /// the text's own pieces in order, so each is found from the end of the one before ("said ... said" gives the second).
    /// </summary>
    private static int WordAt(string text, List<string> words, int index)
    {
        var at = 0;
        var from = 0;
        for (var i = 0; i <= index; i++)
        {
            at = text.IndexOf(words[i], from, StringComparison.Ordinal);
            from = at + words[i].Length;
        }

        return at;
    }

    private static string TriggerText(List<string> words, int trigger) =>
        trigger > 0 && Triggers.ContainsKey(words[trigger - 1] + " " + words[trigger]) ? words[trigger - 1] + " " + words[trigger] : words[trigger];

    /// <summary>"Tusk travelled to Kyiv": the actor named before the verb, the verb, and what follows up to a name.</summary>
    private static string DescribeAction(SentenceView sentence, List<string> words, int trigger, string? clauseSubject = null)
    {
        // A trigger of two words ("walked out") starts at its first.
        var first = trigger > 0 && Triggers.ContainsKey(words[trigger - 1] + " " + words[trigger]) ? trigger - 1 : trigger;
        var verbAt = WordAt(sentence.Text, words, first) + sentence.Start;
        // "The state's governor rejected ... GDN": with no name before the verb, the words the sentence opens with are
        // who acted, not a name after it.
        var subject = clauseSubject ?? Subject(sentence, verbAt) ?? OpeningNounPhrase(words, first) ?? sentence.Mentions.FirstOrDefault()?.Text;
        var tail = new List<string>();
        for (var i = trigger + 1; i < words.Count && tail.Count < 4; i++)
        {
            tail.Add(words[i]);
            if (char.IsUpper(words[i][0]))
            {
                break;
            }
        }

        if (tail.Count > 0 && !char.IsUpper(tail[^1][0]))
        {
            tail.Clear();
        }

        var what = string.Join(' ', new[] { subject, TriggerText(words, trigger) }.Concat(tail).OfType<string>());
        return char.ToUpper(what[0], CultureInfo.InvariantCulture) + what[1..];
    }

    /// <summary>
    /// The names before the verb, with those coordinated with the last of them ("Poland, Hungary and the Czech Republic
    /// joined"); a place the tagger found counts when no actor is named there. None before it, none.
    /// </summary>
    private static string? Subject(SentenceView sentence, int verbAt)
    {
        // "Police in Bakhmut arrested ...": a place after a locative word is where, not who.
        var datelineEnd = sentence.Start + Claims.Datelines.LengthAt(sentence.Text, 0, sentence.Text.Length);
        var before = sentence.Mentions.Select(m => (m.Start, m.End))
            .Concat(sentence.Names.Where(n => !PlaceWords.Contains(WordBeforePlace(sentence.Text, n.Start - sentence.Start))).Select(n => (n.Start, n.End)))
            .Where(n => n.Start >= datelineEnd && n.End <= verbAt).DistinctBy(n => n.Start).OrderBy(n => n.Start).ToList();
        if (before.Count == 0)
        {
            return null;
        }

        // "Slepian, a 52-year-old doctor who ran Buffalo's only clinic, was shot": the name the sentence opens with,
        // set off by a comma that closes just before the verb, is the subject; the names in between describe it.
        var opening = before[0];
        var closing = verbAt > sentence.Start ? sentence.Text.LastIndexOf(',', verbAt - sentence.Start - 1) : -1;
        if (opening.Start - datelineEnd <= 4 && closing > opening.End - sentence.Start && sentence.Text[opening.End - sentence.Start] == ','
            && AuxiliaryRun().IsMatch(sentence.Text[(closing + 1)..(verbAt - sentence.Start)]))
        {
            return Slice(sentence, opening.Start, opening.End);
        }

        // "King Hussein of Jordan arrived": the name before "of" is who, the one after says of where.
        if (before.Count > 1 && before[^2].End <= before[^1].Start && OfLink().IsMatch(Slice(sentence, before[^2].End, before[^1].Start)))
        {
            return Slice(sentence, before[^2].Start, before[^2].End);
        }

        var first = before.Count - 1;
        while (first > 0 && before[first - 1].End <= before[first].Start && Coordination().IsMatch(Slice(sentence, before[first - 1].End, before[first].Start)))
        {
            first--;
        }

        return Slice(sentence, before[first].Start, before[^1].End);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:was|were|is|are|has|have|had|been|be|also|later|then)\s+)*$")]
    private static partial System.Text.RegularExpressions.Regex AuxiliaryRun();

    private static string Slice(SentenceView sentence, int start, int end) => sentence.Text[(start - sentence.Start)..(end - sentence.Start)];

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+of\s+(?:the\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex OfLink();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex Coordination();

    /// <summary>
    /// Whether the date, right after a verb of saying ("accused on Wednesday", "said Monday") and before the trigger,
    /// is when something was said about the event rather than when the event was.
    /// </summary>
    private static bool SaysWhen(string text, TimeExpression time, int sentenceStart, int triggerAt)
    {
        if (time.End > triggerAt)
        {
            return false;
        }

        var (start, end) = WordBefore.Find(text, time.Start, sentenceStart);
        if (text.AsSpan(start, end - start) is "on")
        {
            (start, end) = WordBefore.Find(text, start, sentenceStart);
        }

        // "accused Ostrava on Wednesday": the verb's object may stand between it and the date.
        if (end > start && char.IsUpper(text[start]) && !SayingVerbs.Contains(text[start..end]))
        {
            (start, end) = WordBefore.Find(text, start, sentenceStart);
        }

        return end > start && SayingVerbs.Contains(text[start..end]);
    }

    /// <summary>The trigger word, and whether it is only an event named to date another by ("before the shooting").</summary>
    private static (int Index, bool Reference) FindTrigger(List<string> words, int from = 0)
    {
        var reference = -1;
        for (var i = from; i < words.Count; i++)
        {
            if (i + 1 < words.Count && Triggers.ContainsKey(words[i] + " " + words[i + 1]))
            {
                return (i + 1, false);
            }

            // "World War II", "an Iraq War veteran": a capitalised trigger after another capital is inside a name that
            // is no event here; one that starts a name may be the event ("after Election Day").
            if (Triggers.ContainsKey(words[i]) && !(i > 0 && char.IsUpper(words[i][0]) && char.IsUpper(words[i - 1][0]))
                && (!DatedOnly.Contains(words[i]) || (i + 1 < words.Count && TimePrepositions.Contains(words[i + 1]))))
            {
                // "spotted in the weeks before the shooting, and found in December": an event named only to date
                // another by is not the one the sentence dates, unless the sentence has no other.
                if (Triggers[words[i]] != "verb" && i > 1 && words[i - 1] == "the" && ReferenceWords.Contains(words[i - 2]))
                {
                    reference = reference < 0 ? i : reference;
                    continue;
                }

                return (i, false);
            }
        }

        return (reference, reference >= 0);
    }

    /// <summary>
    /// A dated sentence with no trigger may still tell of an act: "The FBI put Kopp on its list Monday", "NATO has
    /// decided to admit Poland in early March". The act is the first verb after an actor named outside a quotation
    /// that is past ("put", "has decided", "was found") or planned ("will admit", "to admit"), and not a reporting
    /// cue ("said", "told"): those are claims. Verbs WordNet files under communication still act ("subpoenaed").
    /// </summary>
    private static int FindAct(SentenceView sentence, List<string> words, QuoteMap quotes)
    {
        var firstMention = sentence.Mentions.Count == 0 ? -1 : sentence.Mentions[0].End - sentence.Start;
        // "The bank will publish its report next Wednesday": a subject no name gives may still plan an act; only a
        // planned one counts, since past acts of unnamed things ("The fire burnt 38,000 hectares") are rarely asked when.
        var plannedOnly = firstMention < 0 && words.Count > 2 && OpeningDeterminers.Contains(words[0]);
        if (firstMention < 0 && !plannedOnly)
        {
            return -1;
        }

        firstMention = Math.Max(firstMention, 0);

        var searched = 0;
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            var at = sentence.Text.IndexOf(word, searched, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            searched = at + word.Length;
            if (at < firstMention || word.Length < 3 || !word.All(char.IsAsciiLetterLower) || quotes.Inside(sentence.Start + at))
            {
                continue;
            }

            var tags = WordClasses.Tags(word);
            var before = words[i - 1].ToLowerInvariant();
            var past = tags.Contains("VBD") || (tags.Contains("VBN") && ActAuxiliaries.Contains(before));
            // "said it would hold a capital markets day on June 9": reported speech moves "will" back to "would".
            var planned = (before is "will" or "to" || (before == "would" && ReportedBefore(words, i - 1)))
                && (tags.Contains("V") || (tags.Count == 0 && WordSenses.VerbFile(WordSenses.Of(word)) != 0));
            // With no name to anchor it, only the main clause's "will" plans an act: "to spend" further on is a purpose.
            if (plannedOnly && !(planned && before == "will" && i <= MaxUnnamedSubjectWords))
            {
                continue;
            }

            if ((planned || past) && !NoActs.Contains(word) && CueFinder.KindOf(word) is null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a reporting cue stands at most three words before "would" ("said it would", "told analysts the firm would").</summary>
    private static bool ReportedBefore(List<string> words, int would)
    {
        for (var j = would - 1; j >= Math.Max(0, would - 4); j--)
        {
            if (CueFinder.KindOf(words[j]) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // Verbs that only carry another ("had", "was", "did") tell of no act of their own.
    private static readonly HashSet<string> NoActs = new(["had", "was", "were", "did", "got", "became", "seemed"], StringComparer.Ordinal);

    private static readonly HashSet<string> ActAuxiliaries = new(["has", "have", "had", "was", "were", "been", "is", "are"], StringComparer.Ordinal);

    /// <summary>"The bank will publish": with no name in the sentence, the words it opens with up to the verb's auxiliaries.</summary>
    private static string? OpeningNounPhrase(List<string> words, int trigger)
    {
        const int MaxWords = 5;
        if (trigger == 0 || !OpeningDeterminers.Contains(words[0]))
        {
            return null;
        }

        var end = 1;
        while (end < trigger && end < MaxWords && !ActAuxiliaries.Contains(words[end]) && words[end] is not ("will" or "would" or "to"))
        {
            end++;
        }

        return end < trigger && end < MaxWords || end == trigger ? string.Join(' ', words.Take(end)) : null;
    }

    private const int MaxUnnamedSubjectWords = 7;

    /// <summary>
    /// "..., officials said Thursday, and a 4-year-old boy whose sister caught it died on Monday": the second event's
    /// own subject, the noun phrase its clause opens with after "and", up to a relative pronoun; none when the clause
    /// opens otherwise.
    /// </summary>
    private static string? ClauseSubject(List<string> words, int trigger)
    {
        const int MaxWords = 4;
        var and = words.FindLastIndex(trigger - 1, w => w == "and");
        if (and < 0 || and + 2 >= trigger || words[and + 1] is not ("a" or "an" or "the" or "its" or "their" or "his" or "her"))
        {
            return null;
        }

        var end = and + 2;
        while (end < trigger && end - and <= MaxWords && words[end] is not ("who" or "whose" or "which" or "that") && !ActAuxiliaries.Contains(words[end]))
        {
            end++;
        }

        return string.Join(' ', words.Skip(and + 1).Take(end - and - 1));
    }

    private static readonly HashSet<string> OpeningDeterminers = new(["The", "A", "An", "Its", "Their", "His", "Her", "Our"], StringComparer.Ordinal);

    private static readonly HashSet<string> ReferenceWords = new(["before", "after", "since", "until"], StringComparer.OrdinalIgnoreCase);

    private static string Describe(List<string> words, int trigger, string? place)
    {
        var start = trigger;
        while (start > 0 && trigger - start < 3 && !Stopwords.ContainsKey(words[start - 1]) && char.IsLower(words[start - 1][0]) && !words[start - 1].EndsWith("'s", StringComparison.Ordinal))
        {
            start--;
        }

        var what = string.Join(' ', words.Skip(start).Take(trigger - start + 1));
        what = char.ToUpper(what[0], CultureInfo.InvariantCulture) + what[1..];
        return place is null ? what : $"{what} ({place})";
    }
}
