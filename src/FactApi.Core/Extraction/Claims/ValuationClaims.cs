using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// Figures given with "put ... at": "Police put the turnout at about 18,000", "Tennant put the number of homes lost at
/// well over 60", "The hotel association puts the figure closer to 700,000"; and with "gave a figure of": "The regulator gave a higher figure of about 52,000 connections". The attribution tagger, trained on political news, rarely takes "put" for a cue, yet this is how
/// wire copy gives the other side of a disputed count. A sentence that opens with its subject (a name, or a noun
/// phrase of a few words), a valuation verb (valuation-verbs.txt), a possessive or "the", what is valued and "at"
/// before a number is a claim by that subject. What is counted is the noun after "number of", else the last word
/// of what is valued ("turnout"), unless the number names its own unit.
/// </summary>
internal static class ValuationClaims
{
    private static readonly string Qualifiers = string.Join('|', Lexicon.Load("Claims.Resources.number-qualifiers.txt").Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    // The verbs are data, so the pattern is built from them once: a fixed pattern with any lower-case word for the verb
    // would match from "by" in "called by the defence put the figure at" and pass over the verb.
    private static readonly Regex Valuation = new(
        $@"(?<=\s|^)(?<verb>{string.Join('|', EmbeddedData.DataLines("Claims.Resources.valuation-verbs.txt").Select(Regex.Escape))})\s+(?<what>(?:the|its|their|his|her|our)\s+[^,;:.()]{{1,60}}?)\s+(?:(?<link>at)\s+|(?=closer\s+to\s|close\s+to\s))(?<figure>[""\u201C]?(?:(?i:{Qualifiers})\s+)?[$€£]?\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand|percent|per\s+cent))?(?:%|\s+(?!(?:and|or|but|in|on|for|to|of|by|with|as|from)\b)[\p{{L}}-]+)?)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "gave a higher preliminary figure of about 52,000 affected connections": a figure given with its own noun.
    private static readonly Regex Given = new(
        $@"(?<=\s|^)(?<verb>{string.Join('|', EmbeddedData.DataLines("Claims.Resources.figure-verbs.txt").Select(Regex.Escape))})\s+(?<what>(?:a|an|the|its|their|his|her|our)\s+(?:[\p{{Ll}}-]+\s+){{0,3}}?(?:figure|estimate|count|toll|tally|total|number))\s+(?<link>of)\s+(?<figure>[""\u201C]?(?:(?i:{Qualifiers})\s+)?[$€£]?\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand|percent|per\s+cent))?(?:%|\s+(?!(?:and|or|but|in|on|for|to|of|by|with|as|from)\b)[\p{{L}}-]+(?:\s+(?!(?:and|or|but|in|on|for|to|of|by|with|as|from)\b)\p{{Ll}}+s\b)?)?)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private const int MaxSubjectWords = 8;

    public static IEnumerable<Claim> Find(ExtractionInput input, IReadOnlyList<SentenceView> sentences, IReadOnlyList<Attribution> attributions, QuoteMap quotes)
    {
        var saidOn = input.PublishedAt is { } published ? TemporalValue.Of(published) : null;
        SentenceView? previous = null;
        foreach (var sentence in sentences)
        {
            var before = previous;
            previous = sentence;
            if (!NumberExtractor.MayHold(sentence.Text) || quotes.Inside(sentence.Start))
            {
                continue;
            }

            foreach (var match in Valuation.Matches(sentence.Text).Concat(Given.Matches(sentence.Text)))
            {
                var verbAt = sentence.Start + match.Groups["verb"].Index;
                if (attributions.Any(a => a.Cue.Start <= verbAt && verbAt < a.Cue.End) || quotes.Inside(verbAt))
                {
                    continue;
                }

                var subjectStart = sentence.Start + Datelines.LengthAt(sentence.Text, 0, sentence.Text.Length);
                var subject = input.Text[subjectStart..verbAt].Trim();
                if (subject.Length == 0 || !Subject(subject))
                {
                    continue;
                }

                var figure = match.Groups["figure"].Value;
                // A figure with no unit of its own counts what was valued; a bare "60" alone is no count the extractor keeps.
                var numbers = NumberExtractor.Find(figure).Take(1).ToList();
                if ((numbers.Count == 0 || numbers[0].Unit is null)
                    && (Counted(match.Groups["what"].Value) is { } noun && Generic.Contains(noun) ? CountedBefore(sentence.Text[..match.Index], before) : Counted(match.Groups["what"].Value)) is { } counted)
                {
                    numbers = NumberExtractor.Find($"{figure.TrimEnd('"', '\u201D')} {counted}").Take(1).Select(n => n with { Unit = n.Unit ?? counted }).ToList();
                }

                if (numbers.Count == 0)
                {
                    continue;
                }

                // An appositive describes the subject; a country named in it ("a German advocacy group") is not who speaks.
                var named = subject.IndexOf(',', StringComparison.Ordinal) is var comma and >= 0 ? input.Text.IndexOf(subject, subjectStart, StringComparison.Ordinal) + comma : verbAt;
                var actor = sentence.Mentions.LastOrDefault(m => m.Start >= subjectStart && m.End <= named)?.ActorId;
                var content = ClaimText.Clean(match.Groups["link"].Success ? $"{match.Groups["what"].Value} {match.Groups["link"].Value} {figure}" : $"{match.Groups["what"].Value} {figure}");
                var evidence = new Evidence(input.SourceId, input.Url, input.Title, input.PublishedAt, sentence.Text, sentence.Start, sentence.End);
                yield return new Claim(FactIds.Claim(input.SourceId, sentence.Start, sentence.End, content), new Speaker(actor, subject), match.Groups["verb"].Value,
                    content, QuoteForm.Indirect, saidOn, ClaimTopics.Find(content, numbers), numbers, evidence);
            }
        }
    }

    /// <summary>
    /// "Tennant put the number of homes lost at 60 and said crews had not reached the farms": the tagger reads the whole
    /// valuation as the speaker of "said"; the speaker is the valuation's.
    /// </summary>
    public static Claim WithValuersName(Claim claim, IReadOnlyList<Claim> valued)
    {
        foreach (var v in valued)
        {
            if (v.Evidence.Start == claim.Evidence.Start && claim.Speaker.Text.Length > v.Speaker.Text.Length
                && claim.Speaker.Text.StartsWith(v.Speaker.Text + " " + v.Cue + " ", StringComparison.Ordinal))
            {
                return claim with { Speaker = claim.Speaker.ActorId is null ? v.Speaker : claim.Speaker with { Text = v.Speaker.Text } };
            }
        }

        return claim;
    }

    // "put the number at more than 600,000": a word that names a count but not what is counted.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal) { "number", "figure", "total", "count", "tally" };

    /// <summary>
    /// A subject of a few words, or a name with one appositive set off by commas ("The Heart Patients' Association, a
    /// German advocacy group,", "The growers' union (UOJ), which says it speaks for about 18,000 farmers,").
    /// </summary>
    private static bool Subject(string subject)
    {
        // A comma inside a number ("18,000") sets nothing off; a relative clause ("which says it speaks for ...") may run longer.
        var commas = subject.Where((c, i) => c == ',' && !(i + 1 < subject.Length && char.IsDigit(subject[i + 1]))).Count();
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var relative = subject.Contains(", which ", StringComparison.Ordinal) || subject.Contains(", who ", StringComparison.Ordinal);
        return commas == 0 ? words <= MaxSubjectWords : commas == 2 && subject.EndsWith(',') && words <= (relative ? 3 : 2) * MaxSubjectWords;
    }

    /// <summary>
    /// What "the number" counts: what the last count before it in its sentence, else in the sentence before, counts
    /// ("Reinhardt said about 180,000 patients had received tablets. The association put the number at 600,000").
    /// </summary>
    private static string? CountedBefore(string start, SentenceView? before) =>
        NumberExtractor.Find(start).LastOrDefault(n => n.Unit is not null)?.Unit
        ?? (before is null ? null : NumberExtractor.Find(before.Text).LastOrDefault(n => n.Unit is not null)?.Unit);

    /// <summary>"the number of homes lost" counts homes; "the turnout" counts turnout.</summary>
    private static string? Counted(string what)
    {
        var words = what.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var of = Array.FindIndex(words, w => w == "of");
        var noun = of > 0 && words[of - 1] is "number" or "count" or "total" && of + 1 < words.Length ? words[of + 1] : words[^1];
        return noun.Length > 1 && noun.All(char.IsLetter) ? noun.ToLowerInvariant() : null;
    }
}
