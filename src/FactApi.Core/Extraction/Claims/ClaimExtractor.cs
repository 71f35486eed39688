using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Dates;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// Claims from reporting cues ("said", "accused", "according to"...): the speaker is the actor named next to the
/// cue (before it, or just after it in "..., Peskov said"), or the last speaker for a pronoun; the content is the
/// quotation, or the clause the cue introduces. Sentences without a cue or without a speaker give no claim.
/// </summary>
internal sealed class ClaimExtractor
{
    private static readonly IReadOnlyDictionary<string, string> Cues = Lexicon.Load("Claims.Resources.cues.txt");
    private static readonly IReadOnlyDictionary<string, string> Pronouns = Lexicon.Load("Claims.Resources.pronouns.txt");
    private const int MaxSpeakerGap = 40;

    public static IReadOnlyList<Claim> Extract(ExtractionInput input, IReadOnlyList<SentenceView> sentences)
    {
        var claims = new List<Claim>();
        ActorMention? lastPerson = null;
        ActorMention? lastOther = null;
        ActorMention? lastGroup = null;
        foreach (var sentence in sentences)
        {
            var cue = FindCue(sentence.Text);
            if (cue is null)
            {
                Remember(sentence.Mentions);
                continue;
            }

            var (cueStart, cueEnd, kind) = (cue.Value.Start + sentence.Start, cue.Value.End + sentence.Start, cue.Value.Kind);
            var speaker = kind == "source" ? FirstAfter(sentence, cueEnd) : Before(sentence, cueStart);
            var speakerText = speaker?.Text;
            var (speakerStart, speakerEnd) = speaker is null ? (0, 0) : (speaker.Start, speaker.End);
            if (speaker is null && kind != "source" && PronounBefore(sentence.Text, cueStart - sentence.Start) is { } pronoun)
            {
                // "he"/"she" stand for the last person; "they"/"we" for the last group, country or organisation.
                speaker = pronoun is "he" or "she" or "He" or "She" ? lastPerson : lastGroup ?? lastOther;
                speakerText = pronoun;
                (speakerStart, speakerEnd) = (cueStart - pronoun.Length - 1, cueStart - 1);
            }

            if (speaker is null && kind != "source")
            {
                speaker = SpeakerAfterCue(sentence, cueEnd);
                (speakerStart, speakerEnd, speakerText) = speaker is null ? (0, 0, null) : (speaker.Start, speaker.End, speaker.Text);
            }

            if (speaker is null)
            {
                continue;
            }

            var (content, form) = Content(sentence.Text, cueStart - sentence.Start, cueEnd - sentence.Start, kind, speakerStart - sentence.Start, speakerEnd - sentence.Start);
            if (content.Length < 3)
            {
                continue;
            }

            var evidence = new Evidence(input.SourceId, input.Url, input.Title, input.PublishedAt, sentence.Text, sentence.Start, sentence.End);
            var saidOn = SaidOn(sentence, cueEnd) ?? (input.PublishedAt is { } published ? TemporalValue.Parse(published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null);
            claims.Add(new Claim(
                FactIds.Claim(input.SourceId, sentence.Start, sentence.End, content),
                new Speaker(speaker.ActorId, speakerText!),
                input.Text[cueStart..cueEnd],
                content,
                form,
                saidOn,
                null,
                NumberExtractor.Find(content),
                evidence));
            Remember(sentence.Mentions);
            Remember([speaker]);
        }

        return claims;

        void Remember(IEnumerable<ActorMention> mentions)
        {
            foreach (var mention in mentions)
            {
                if (mention.Kind == ActorKind.Person)
                {
                    lastPerson = mention;
                }
                else if (mention.Kind == ActorKind.Group)
                {
                    lastGroup = mention;
                }
                else
                {
                    lastOther = mention;
                }
            }
        }
    }

    private static (int Start, int End, string Kind)? FindCue(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            var word = text[i..end];
            if (Cues.TryGetValue(word, out var kind) && kind == "verb")
            {
                return (i, end, kind);
            }

            if (word.Equals("according", StringComparison.OrdinalIgnoreCase) && text.AsSpan(end).StartsWith(" to ", StringComparison.OrdinalIgnoreCase))
            {
                return (i, end + 3, "source");
            }

            i = end;
        }

        return null;
    }

    private static ActorMention? Before(SentenceView sentence, int cueStart) =>
        sentence.Mentions.LastOrDefault(m => m.End <= cueStart && cueStart - m.End <= MaxSpeakerGap && !sentence.Text[(m.End - sentence.Start)..(cueStart - sentence.Start)].Contains('"'))
            is { } mention && !IsInsideQuote(sentence.Text, mention.Start - sentence.Start) ? mention : null;

    /// <summary>"..., said Peskov." / "..., said Peskov, adding ...": the name right after the cue ends the clause.</summary>
    private static ActorMention? SpeakerAfterCue(SentenceView sentence, int cueEnd)
    {
        var mention = sentence.Mentions.FirstOrDefault(m => m.Start >= cueEnd);
        if (mention is null || sentence.Text[(cueEnd - sentence.Start)..(mention.Start - sentence.Start)].Trim().Length > 0)
        {
            return null;
        }

        var rest = sentence.Text[(mention.End - sentence.Start)..].TrimStart();
        return rest.Length == 0 || rest[0] is ',' or '.' or ';' ? mention : null;
    }

    private static ActorMention? FirstAfter(SentenceView sentence, int cueEnd) =>
        sentence.Mentions.FirstOrDefault(m => m.Start >= cueEnd);

    private static string? PronounBefore(string text, int cueStart)
    {
        var before = text[..Math.Clamp(cueStart, 0, text.Length)].TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return Pronouns.ContainsKey(word) ? word : null;
    }

    /// <summary>The content, from offsets local to the sentence.</summary>
    private static (string Content, QuoteForm Form) Content(string text, int cueStart, int cueEnd, string kind, int speakerStart, int speakerEnd)
    {
        var quote = Quote(text);
        if (quote is not null)
        {
            return (quote, QuoteForm.Direct);
        }

        var local = (Start: cueStart, End: cueEnd, SpeakerStart: Math.Max(0, speakerStart), SpeakerEnd: Math.Clamp(speakerEnd, 0, text.Length));
        if (kind == "source")
        {
            var rest = (text[..local.Start] + text[local.SpeakerEnd..]).Trim(' ', ',', '.');
            return (rest, QuoteForm.Indirect);
        }

        var after = text[local.End..].Trim();
        if (after.Length > 0 && after[0] != '.' && local.SpeakerStart < local.Start)
        {
            var that = after.IndexOf("that ", StringComparison.Ordinal);
            if (that >= 0 && that < 40)
            {
                after = after[(that + 5)..];
            }

            return (after.TrimEnd('.', ' '), QuoteForm.Indirect);
        }

        var first = Math.Min(local.Start, local.SpeakerStart);
        return (text[..first].Trim(' ', ',', '.'), QuoteForm.Indirect);
    }

    private static string? Quote(string text)
    {
        foreach (var (open, close) in new[] { ('"', '"'), ('\u201C', '\u201D') })
        {
            var start = text.IndexOf(open, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf(close, start + 1);
            if (end > start + 3)
            {
                return text[(start + 1)..end].Trim(' ', ',');
            }
        }

        return null;
    }

    private static bool IsInsideQuote(string text, int index) => text[..Math.Max(0, index)].Count(c => c is '"' or '\u201C' or '\u201D') % 2 == 1;

    private static TemporalValue? SaidOn(SentenceView sentence, int cueEnd) =>
        sentence.Times.Where(t => t.Type == TimexType.Date && t.Start >= cueEnd && t.Start - cueEnd <= 5)
            .Select(t => TemporalValue.TryParse(t.Value, out var value) ? value : null)
            .FirstOrDefault(v => v is not null);
}
