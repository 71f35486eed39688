namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>
/// Turns the three layers' spans into attributions: each cue takes the nearest source in its sentence and the
/// nearest content in its sentence or a neighbouring one (a quotation often runs over sentences). A cue with no
/// source of its own borrows the rule-based finder's speaker for the same cue, if it found one; failing that it is
/// kept with an empty source at the cue ("It was reported that ..."): the cue and content still count, but no claim
/// is made of it, since a claim needs a speaker.
/// </summary>
internal static class AttributionAssembler
{
    private const int MainClauseSubjectReach = 4;

    private static readonly Lazy<Dates.Lexicon> DateWords = new(Dates.Lexicon.LoadEmbedded);

    private static readonly ulong On = AttributionContext.LowerHash("on");

    private static readonly HashSet<ulong> Subordinators = [.. Lexicon.Load("Claims.Resources.subordinators.txt").Keys.Select(w => AttributionContext.LowerHash(w))];

    public static List<(TextSpan Source, TextSpan Cue, TextSpan Content)> Assemble(AttributionContext context, byte[][] tags)
    {
        var cues = SpanTags.ToSpans(tags[(int)AttributionRole.Cue]);
        var sources = SpanTags.ToSpans(tags[(int)AttributionRole.Source]);
        var contents = SpanTags.ToSpans(tags[(int)AttributionRole.Content]);
        var found = new List<(TextSpan, TextSpan, TextSpan)>();
        foreach (var cue in cues)
        {
            var sentence = context.SentenceOf[cue.First];
            var cueSpan = Chars(context, cue);
            if (OpeningAccordingTo(context, cue) is var (openingSource, openingContent))
            {
                found.Add((openingSource, cueSpan, openingContent));
                continue;
            }

            var source = Nearest(context, sources, cue, sentence, sentence) is { } s ? Chars(context, MainClauseSpeaker(context, s, cue) ?? s) : RuleSource(context, cueSpan);
            var speaker = source ?? new TextSpan(cueSpan.Start, cueSpan.Start);

            // A span the layers tagged as both speaker and content ("According to the ministry, ...") is the speaker;
            // the content is what follows it. Nor, when another is at hand, a content with another cue between it and
            // this one: that cue's ("dismissed A and called for B").
            var notSpeaker = new List<(int First, int Last)>(contents.Count);
            foreach (var c in contents)
            {
                if (AfterSpeaker(context, c, speaker) is { } kept)
                {
                    notSpeaker.Add(kept);
                }
            }

            var own = notSpeaker.Where(c => !CueBetween(cues, c, cue)).ToList();

            // "“...,” NAME said after ...": the quotation that ends where the speaker begins is what was said, however
            // near a clause after the cue lies.
            var speakerStart = source is { } sp ? Math.Min(SpanTags.FirstAtOrAfter(context.Tokens, sp.Start), cue.First) : cue.First;
            var nearest = QuotationBefore(context, own, speakerStart);
            if (nearest is null && source is not null && UntaggedQuotationBefore(context, speakerStart) is { } quotation)
            {
                // "``That matter is under review,'' NAME said when asked about ...": the layers tagged the quotation
                // only in part, or not at all, and found a phrase after the cue instead; what was said is the quotation.
                found.Add((speaker, cueSpan, quotation));
                continue;
            }

            nearest ??= Nearest(context, own, cue, sentence, sentence) ?? Nearest(context, notSpeaker, cue, sentence, sentence)
                ?? FrontedClause(context, cues, cue, source) ?? Nearest(context, own, cue, sentence - 1, sentence + 1) ?? Nearest(context, notSpeaker, cue, sentence - 1, sentence + 1);
            if (nearest is not { } body)
            {
                continue;
            }

            var content = Chars(context, body);
            if (content.Start < cueSpan.End && content.End > cueSpan.Start)
            {
                // "continued to call for a longer truce" tagged as cue and content both: the content is what follows the cue.
                if (content.End <= cueSpan.End)
                {
                    continue;
                }

                var start = cueSpan.End;
                while (start < content.End && char.IsWhiteSpace(context.Text[start]))
                {
                    start++;
                }

                content = new TextSpan(start, content.End);
            }

            // A wire dateline ("HARNVIK, Sep 3 (Wire) -") is where the story was filed, never part of what was said.
            var said = FrontClause(context, speaker, cue, WholeQuote(context, WithinClause(context, WithItsNumber(context, cue, AfterDayWord(context, cue, content)), cue), cueSpan));
            found.Add((speaker, cueSpan, Datelines.Trim(context.Text, said)));
        }

        ReachOverNested(found);
        ReachOverVerb(context, found);
        return found;
    }

    /// <summary>
    /// "Orban said the occasion indicated the end of ...": the same one-content-at-a-time tagging, when the inner cue
    /// was not tagged at all, leaves the outer content a subject whose verb follows. An indirect content of a few
    /// words after its cue, right before a finite verb of its sentence ("indicated", "has", "will"), runs on to the
    /// sentence's end. A verb the layers took for a cue counts only when it was given this same subject as its content,
    /// which is no content of it.
    /// </summary>
    private static void ReachOverVerb(AttributionContext context, List<(TextSpan Source, TextSpan Cue, TextSpan Content)> found)
    {
        const int MaxSubjectTokens = 4;
        for (var i = 0; i < found.Count; i++)
        {
            var (source, cue, content) = found[i];
            if (content.Start < cue.End || context.Text[content.Start] is '"' or '\u201C' or '`' or '\'')
            {
                continue;
            }

            var first = SpanTags.FirstAtOrAfter(context.Tokens, content.Start);
            var next = SpanTags.FirstAtOrAfter(context.Tokens, content.End);
            if (first >= context.Count || next >= context.Count || next - first > MaxSubjectTokens || context.SentenceOf[next] != context.SentenceOf[first]
                || context.InQuote[next] || !IsFiniteVerb(context.Text[context.Tokens[next].Start..context.Tokens[next].End])
                || found.Any(other => other.Cue.Start == context.Tokens[next].Start && other.Content.End != content.End))
            {
                continue;
            }

            var last = context.SentenceAround(next).Last;
            while (last > next && context.Tokens[last].Kind != Text.TokenKind.Word && context.Tokens[last].Kind != Text.TokenKind.Number)
            {
                last--;
            }

            found[i] = (source, cue, new TextSpan(content.Start, context.Tokens[last].End));
        }
    }

    private static bool IsFiniteVerb(string word) =>
        word.Length > 1 && char.IsLower(word[0]) && WordClasses.Tags(word) is var tags
        && (tags.Contains("VBD") || tags.Contains("V") || tags.Contains("MD")) && !tags.Contains("N");

    /// <summary>
    /// "Clinton said Friday the INS did the right thing": wire copy puts the day between the cue and what was said,
    /// and the layers then start the content late ("the right thing"). A content after a day word that follows its
    /// cue ("Friday", "on Tuesday", "today"), with nothing but words between, starts right after the day word.
    /// </summary>
    private static TextSpan AfterDayWord(AttributionContext context, (int First, int Last) cue, TextSpan content)
    {
        var first = SpanTags.FirstAtOrAfter(context.Tokens, content.Start);
        var day = cue.Last + 1;
        if (day < first && context.Word[day] == On)
        {
            day++;
        }

        if (first <= day + 1 || first >= context.Tokens.Count || context.SentenceOf[first] != context.SentenceOf[cue.Last]
            || !IsDayWord(context, day))
        {
            return content;
        }

        for (var t = day + 1; t < first; t++)
        {
            if (context.Tokens[t].Kind != Text.TokenKind.Word || context.Class[t] == 1)
            {
                return content;
            }
        }

        return new TextSpan(context.Tokens[day + 1].Start, content.End);
    }

    /// <summary>
    /// "The agency said 41 cases had been confirmed": the layers sometimes start the content at the noun, leaving out
    /// the number or quantifier before it ("41", "about 1,200", "the"). A content whose cue is followed, past an
    /// optional "that", only by numbers and such words before it starts right after the cue (or its "that").
    /// </summary>
    private static TextSpan WithItsNumber(AttributionContext context, (int First, int Last) cue, TextSpan content)
    {
        const int MaxLeftOut = 4;
        var first = SpanTags.FirstAtOrAfter(context.Tokens, content.Start);
        var from = cue.Last + 1;
        if (from < first && context.Word[from] == That)
        {
            from++;
        }

        if (from >= first || first - from > MaxLeftOut || first >= context.Tokens.Count || context.SentenceOf[first] != context.SentenceOf[cue.Last])
        {
            return content;
        }

        for (var t = from; t < first; t++)
        {
            if (context.Tokens[t].Kind != Text.TokenKind.Number && !(context.Tokens[t].Kind == Text.TokenKind.Word && Quantifiers.Contains(context.Word[t])))
            {
                return content;
            }
        }

        return new TextSpan(context.Tokens[from].Start, content.End);
    }

    /// <summary>
    /// "Four people have died in the outbreak, health authorities said on Thursday, as the company denied any blame": a
    /// clause that opens the sentence (past any dateline) and ends at the comma right before the speaker is what the
    /// speaker said; a content after the cue that starts with "as", "while" or the like (clause-joins.txt) is the
    /// narrator's addition.
    /// </summary>
    private static TextSpan FrontClause(AttributionContext context, TextSpan speaker, (int First, int Last) cue, TextSpan content)
    {
        var cueEnd = context.Tokens[cue.Last].End;
        var first = SpanTags.FirstAtOrAfter(context.Tokens, content.Start);
        if (speaker.Length == 0 || speaker.End > context.Tokens[cue.First].Start || first >= context.Count)
        {
            return content;
        }

        // "said on Thursday, as the company denied it was to blame": the clause may open before the content the layers gave.
        var joined = content.Start >= cueEnd && Enumerable.Range(cue.Last + 1, Math.Max(0, first - cue.Last)).Any(
            t => ClauseJoins.Contains(context.Word[t]) && (t == first || context.Text[context.Tokens[t - 1].Start] == ','));
        if (!joined && content.End > speaker.Start)
        {
            return content;
        }

        var comma = speaker.Start;
        while (comma > 0 && char.IsWhiteSpace(context.Text[comma - 1]))
        {
            comma--;
        }

        var (sentenceFirst, _) = context.SentenceAround(cue.First);
        var start = context.Tokens[sentenceFirst].Start;
        if (comma == 0 || context.Text[comma - 1] != ',' || comma - 1 <= start)
        {
            return content;
        }

        var end = comma - 1;
        start += Datelines.LengthAt(context.Text, start, end);
        while (start < end && char.IsWhiteSpace(context.Text[start]))
        {
            start++;
        }

        // A clause of its own: at least a few words, and not a quotation, which the quotation rules above own.
        const int MinClauseChars = 20;
        if (end - start < MinClauseChars || context.Text[start] is '"' or '\u201C' or '`' or '\'')
        {
            return content;
        }

        // The layers' content already ends at that comma but starts a few words late ("people have died ..." without its
        // "Four"): the clause from its start, when no comma stands in the words left out.
        const int MaxLeftOutChars = 30;
        var late = !joined && content.End == end && content.Start > start && content.Start - start <= MaxLeftOutChars
            && context.Text.AsSpan(start, content.Start - start).IndexOf(',') < 0;
        return joined || late ? new TextSpan(start, end) : content;
    }

    private static readonly HashSet<ulong> ClauseJoins = [.. Lexicon.Load("Claims.Resources.clause-joins.txt").Keys.Select(w => AttributionContext.LowerHash(w))];

    private static readonly ulong That = AttributionContext.LowerHash("that");

    private static readonly HashSet<ulong> Quantifiers = [.. Lexicon.Load("Claims.Resources.content-quantifiers.txt").Keys.Select(w => AttributionContext.LowerHash(w))];

    private static bool IsDayWord(AttributionContext context, int t)
    {
        var (start, end) = (context.Tokens[t].Start, context.Tokens[t].End);
        var word = context.Text[start..end];
        // "called Friday's decision a ...": a possessive day is no time of saying.
        return context.Tokens[t].Kind == Text.TokenKind.Word
            && (end == context.Text.Length || context.Text[end] is not ('\'' or '\u2019'))
            && (DateWords.Value.TryLookup("weekday", word, out _) || DateWords.Value.TryLookup("dayword", word, out _));
    }

    /// <summary>
    /// "Cid said Elian's father had intended to flee ...": the layers tag one content at a time, so the outer cue gets
    /// only the inner speaker ("Elian's father") as its content. A content after its cue that ends where another
    /// attribution's speaker ends, right before that one's cue, takes in that attribution up to the end of its content.
    /// </summary>
    private static void ReachOverNested(List<(TextSpan Source, TextSpan Cue, TextSpan Content)> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var (source, cue, content) = found[i];
            if (content.Start < cue.End)
            {
                continue;
            }

            foreach (var inner in found)
            {
                if (inner.Source.Length > 0 && inner.Source.Start >= content.Start && inner.Source.End == content.End
                    && inner.Cue.Start >= content.End && inner.Content.Start >= inner.Cue.End && inner.Content.End > content.End)
                {
                    found[i] = (source, cue, new TextSpan(content.Start, inner.Content.End));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// For a source inside a clause set before the main one ("While Putin welcomed talks, his spokesman Dmitry Peskov
    /// struck a defiant tone, saying ..."), the person or organisation the main clause names between that clause's
    /// comma and the cue, or the pronoun that stands for them; null when the source is not in such a clause or the
    /// main clause does not open with someone.
    /// </summary>
    private static (int First, int Last)? MainClauseSpeaker(AttributionContext context, (int First, int Last) source, (int First, int Last) cue)
    {
        if (source.Last >= cue.First || source.First <= context.SentenceAround(cue.First).First
            || FrontedClauseComma(context, source) is not { } comma || comma >= cue.First)
        {
            return null;
        }

        // The main clause's subject opens it: a name or pronoun a few words after the comma ("his spokesman Dmitry
        // Peskov"), not one further on, which may be an object or another clause's.
        for (var t = comma + 1; t < cue.First && t <= comma + MainClauseSubjectReach; t++)
        {
            if (context.Class[t] == 3)
            {
                return (t, t);
            }

            if (context.Entity[t] is 1 or 2)
            {
                var last = t;
                while (last + 1 < cue.First && context.Entity[last + 1] == context.Entity[t])
                {
                    last++;
                }

                return (t, last);
            }
        }

        return null;
    }

    /// <summary>
    /// A cue inside a clause set before the main one ("While Putin expressed openness to talks, his spokesman ...")
    /// says what that clause holds: its content ends at the clause's comma.
    /// </summary>
    private static TextSpan WithinClause(AttributionContext context, TextSpan content, (int First, int Last) cue)
    {
        if (FrontedClauseComma(context, cue) is not { } comma)
        {
            return content;
        }

        var end = context.Tokens[comma].Start;
        return end > content.Start && end < content.End && !context.InQuote[comma] ? new TextSpan(content.Start, context.Tokens[comma - 1].End) : content;
    }

    /// <summary>
    /// When <paramref name="span"/> lies in a clause that opens its sentence with a subordinator ("While ...,") and no
    /// comma comes before it, the comma after it that closes the clause; null otherwise.
    /// </summary>
    private static int? FrontedClauseComma(AttributionContext context, (int First, int Last) span)
    {
        var (first, last) = context.SentenceAround(span.First);
        if (!Subordinators.Contains(context.Word[first]) || context.CommasBefore[span.First] > context.CommasBefore[first])
        {
            return null;
        }

        for (var comma = span.Last + 1; comma <= last; comma++)
        {
            if (context.Text[context.Tokens[comma].Start] == ',')
            {
                return comma;
            }
        }

        return null;
    }

    /// <summary>A content in quotation marks ending in the speaker's sentence with nothing but punctuation between it and token <paramref name="speakerStart"/>.</summary>
    private static (int First, int Last)? QuotationBefore(AttributionContext context, List<(int First, int Last)> contents, int speakerStart)
    {
        foreach (var content in contents)
        {
            // The content must be the quotation itself: "On this weekend's broadcast of “Fox News Sunday,” NAME said"
            // has a content tagged over the words before the quotation, which frame it and say nothing.
            if (content.Last >= speakerStart || context.SentenceOf[content.Last] != context.SentenceOf[speakerStart]
                || (!context.InQuote[content.Last] && context.Tokens[content.Last].Kind != Text.TokenKind.Quote)
                || (!context.InQuote[content.First] && context.Tokens[content.First].Kind != Text.TokenKind.Quote))
            {
                continue;
            }

            var between = content.Last + 1;
            while (between < speakerStart && context.Tokens[between].Kind is Text.TokenKind.Punctuation or Text.TokenKind.Quote)
            {
                between++;
            }

            if (between == speakerStart && !IsTitle(context, content))
            {
                return content;
            }
        }

        return null;
    }

    /// <summary>
    /// The quotation whose closing mark comes right before token <paramref name="speakerStart"/> (commas between), in
    /// the speaker's sentence; null otherwise, and for a quoted title.
    /// </summary>
    private static TextSpan? UntaggedQuotationBefore(AttributionContext context, int speakerStart)
    {
        var t = speakerStart - 1;
        while (t >= 0 && context.Tokens[t].Kind == Text.TokenKind.Punctuation && context.Text[context.Tokens[t].Start] == ',')
        {
            t--;
        }

        if (t < 0 || context.Tokens[t].Kind != Text.TokenKind.Quote || context.SentenceOf[t] != context.SentenceOf[speakerStart]
            || context.Quotes.Around(context.Tokens[t].Start) is not { } quote || quote.Close != context.Tokens[t].End - 1)
        {
            return null;
        }

        var first = SpanTags.FirstAtOrAfter(context.Tokens, quote.Open);
        if (first >= t || IsTitle(context, (first, t)))
        {
            return null;
        }

        return new TextSpan(quote.Open, quote.Close + 1);
    }

    /// <summary>A name in quotation marks ("Face the Nation," "Fox News Sunday,"): no word of four letters or more in lower case.</summary>
    private static bool IsTitle(AttributionContext context, (int First, int Last) span)
    {
        for (var t = span.First; t <= span.Last; t++)
        {
            var token = context.Tokens[t];
            if (token.Kind == Text.TokenKind.Word && token.End - token.Start >= 4 && char.IsLower(context.Text[token.Start]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The part of <paramref name="content"/> after <paramref name="speaker"/> and the punctuation that follows it,
    /// when the two overlap; null when nothing of it is left.
    /// </summary>
    private static (int First, int Last)? AfterSpeaker(AttributionContext context, (int First, int Last) content, TextSpan speaker)
    {
        if (!Chars(context, content).Overlaps(speaker))
        {
            return content;
        }

        var first = content.First;
        while (first <= content.Last && context.Tokens[first].Start < speaker.End)
        {
            first++;
        }

        while (first <= content.Last && context.Tokens[first].Kind == Text.TokenKind.Punctuation && context.Text[context.Tokens[first].Start] is ',' or ':' or ';')
        {
            first++;
        }

        return first <= content.Last ? (first, content.Last) : null;
    }

    /// <summary>
    /// "According to the prosecution, the drone came within 300 metres of the runway.": a sentence that opens with
    /// "according to", its speaker and a comma says the rest of the sentence, whatever the layers made of it (they took
    /// "came within ..." without its subject, or nothing). The speaker is at most ten words.
    /// </summary>
    private static (TextSpan Source, TextSpan Content)? OpeningAccordingTo(AttributionContext context, (int First, int Last) cue)
    {
        var (first, last) = context.SentenceAround(cue.First);
        var openingChar = context.Tokens[first].Start + Datelines.LengthAt(context.Text, context.Tokens[first].Start, context.Tokens[last].End);
        var opening = first;
        while (opening < last && context.Tokens[opening].Start < openingChar)
        {
            opening++;
        }

        if (cue.First != opening || !context.Text.AsSpan(context.Tokens[cue.First].Start, context.Tokens[cue.Last].End - context.Tokens[cue.First].Start).Equals("according to", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var comma = cue.Last + 1;
        while (comma <= last && comma - cue.Last <= MaxAccordingSpeakerWords + 1 && !IsPunctuation(context, comma, ','))
        {
            if (context.InQuote[comma] || IsPunctuation(context, comma, ';') || IsPunctuation(context, comma, ':'))
            {
                return null;
            }

            comma++;
        }

        var end = last;
        while (end > comma && context.Tokens[end].Kind == Text.TokenKind.Punctuation && context.Text[context.Tokens[end].Start] is '.' or '!' or '?')
        {
            end--;
        }

        return comma <= last && comma > cue.Last + 1 && IsPunctuation(context, comma, ',') && end > comma + 1
            ? (Chars(context, (cue.Last + 1, comma - 1)), Chars(context, (comma + 1, end)))
            : null;
    }

    private const int MaxAccordingSpeakerWords = 10;

    private static bool IsPunctuation(AttributionContext context, int token, char mark) =>
        context.Tokens[token].Kind == Text.TokenKind.Punctuation && context.Text[context.Tokens[token].Start] == mark;

    /// <summary>
    /// A content inside a quotation that does not hold its cue grows to the whole quotation, marks included: the
    /// layers tag sentence by sentence, and a quotation often runs over several.
    /// </summary>
    private static TextSpan WholeQuote(AttributionContext context, TextSpan content, TextSpan cue)
    {
        var around = context.Quotes.Around(content.Start) ?? context.Quotes.Around(content.End - 1);
        if (around is not { } quote || (quote.Open < cue.Start && cue.Start < quote.Close))
        {
            return content;
        }

        return new TextSpan(Math.Min(content.Start, quote.Open), Math.Max(content.End, quote.Close + 1));
    }

    /// <summary>Character spans of one role, for scoring the layer on its own.</summary>
    public static List<TextSpan> Spans(AttributionContext context, byte[] tags) =>
        [.. SpanTags.ToSpans(tags).Select(s => Chars(context, s))];

    /// <summary>How many tokens may follow the cue to its sentence's end ("said in a statement on Tuesday .").</summary>
    private const int MaxTailTokens = 8;

    /// <summary>
    /// "The reservoir stood at 6.2% of capacity on Tuesday, the water board said.": when the layers tagged no content in
    /// the cue's sentence, a sentence that ends in a comma, the speaker and the cue says its clause before the comma. A
    /// content of the sentence before, which the fallbacks after this would take, belongs to that sentence's cue.
    /// </summary>
    private static (int First, int Last)? FrontedClause(AttributionContext context, List<(int First, int Last)> cues, (int First, int Last) cue, TextSpan? source)
    {
        if (source is not { } speaker || speaker.End > context.Tokens[cue.First].Start)
        {
            return null;
        }

        var (first, last) = context.SentenceAround(cue.First);
        var speakerFirst = SpanTags.FirstAtOrAfter(context.Tokens, speaker.Start);
        var comma = speakerFirst - 1;
        if (comma - first < 3 || last - cue.Last > MaxTailTokens || context.Text[context.Tokens[comma].Start] != ','
            || context.InQuote[first] || cues.Any(c => c.Last >= first && c.First < speakerFirst))
        {
            return null;
        }

        return (first, comma - 1);
    }

    private static TextSpan Chars(AttributionContext context, (int First, int Last) span) =>
        new(context.Tokens[span.First].Start, context.Tokens[span.Last].End);

    /// <summary>The span touching sentences [from, to] closest to the cue in tokens.</summary>
    private static (int First, int Last)? Nearest(AttributionContext context, List<(int First, int Last)> spans, (int First, int Last) cue, int from, int to)
    {
        (int, int)? best = null;
        var distance = int.MaxValue;
        foreach (var span in spans)
        {
            if (context.SentenceOf[span.Last] < from || context.SentenceOf[span.First] > to)
            {
                continue;
            }

            var gap = span.Last < cue.First ? cue.First - span.Last : span.First > cue.Last ? span.First - cue.Last : 0;
            if (gap < distance)
            {
                distance = gap;
                best = span;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether a cue lies wholly between spans <paramref name="a"/> and <paramref name="b"/>. Cues come from one tag
    /// sequence, so they are disjoint and in order: the first to start after the earlier span ends has the earliest end.
    /// </summary>
    private static bool CueBetween(List<(int First, int Last)> cues, (int First, int Last) a, (int First, int Last) b)
    {
        var (before, after) = a.Last < b.First ? (a, b) : (b, a);
        if (before.Last >= after.First)
        {
            return false;
        }

        var (low, high) = (0, cues.Count);
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (cues[mid].First > before.Last)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low < cues.Count && cues[low].Last < after.First;
    }

    private static TextSpan? RuleSource(AttributionContext context, TextSpan cue)
    {
        foreach (var rule in context.RuleAttributions)
        {
            if (rule.Cue.Overlaps(cue))
            {
                return rule.Source;
            }
        }

        return null;
    }
}
