using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// Figures given with "put ... at": "Police put the turnout at about 18,000", "Tennant put the number of homes lost at
/// well over 60". The attribution tagger, trained on political news, rarely takes "put" for a cue, yet this is how
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
        $@"(?<=\s|^)(?<verb>{string.Join('|', EmbeddedData.DataLines("Claims.Resources.valuation-verbs.txt").Select(Regex.Escape))})\s+(?<what>(?:the|its|their|his|her|our)\s+[^,;:.()]{{1,60}}?)\s+at\s+(?<figure>[""\u201C]?(?:(?i:{Qualifiers})\s+)?[$€£]?\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand|percent|per\s+cent))?(?:%|\s+(?!(?:and|or|but|in|on|for|to|of|by|with|as|from)\b)[\p{{L}}-]+)?)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private const int MaxSubjectWords = 8;

    public static IEnumerable<Claim> Find(ExtractionInput input, IReadOnlyList<SentenceView> sentences, IReadOnlyList<Attribution> attributions, QuoteMap quotes)
    {
        var saidOn = input.PublishedAt is { } published ? TemporalValue.Of(published) : null;
        foreach (var sentence in sentences)
        {
            if (!NumberExtractor.MayHold(sentence.Text) || quotes.Inside(sentence.Start))
            {
                continue;
            }

            foreach (Match match in Valuation.Matches(sentence.Text))
            {
                var verbAt = sentence.Start + match.Groups["verb"].Index;
                if (attributions.Any(a => a.Cue.Start <= verbAt && verbAt < a.Cue.End) || quotes.Inside(verbAt))
                {
                    continue;
                }

                var subjectStart = sentence.Start + Datelines.LengthAt(sentence.Text, 0, sentence.Text.Length);
                var subject = input.Text[subjectStart..verbAt].Trim();
                if (subject.Length == 0 || subject.Contains(',', StringComparison.Ordinal) || subject.Split(' ').Length > MaxSubjectWords)
                {
                    continue;
                }

                var figure = match.Groups["figure"].Value;
                // A figure with no unit of its own counts what was valued; a bare "60" alone is no count the extractor keeps.
                var numbers = NumberExtractor.Find(figure).Take(1).ToList();
                if ((numbers.Count == 0 || numbers[0].Unit is null) && Counted(match.Groups["what"].Value) is { } counted)
                {
                    numbers = NumberExtractor.Find($"{figure.TrimEnd('"', '\u201D')} {counted}").Take(1).Select(n => n with { Unit = n.Unit ?? counted }).ToList();
                }

                if (numbers.Count == 0)
                {
                    continue;
                }

                var actor = sentence.Mentions.LastOrDefault(m => m.Start >= subjectStart && m.End <= verbAt)?.ActorId;
                var content = ClaimText.Clean($"{match.Groups["what"].Value} at {figure}");
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

    /// <summary>"the number of homes lost" counts homes; "the turnout" counts turnout.</summary>
    private static string? Counted(string what)
    {
        var words = what.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var of = Array.FindIndex(words, w => w == "of");
        var noun = of > 0 && words[of - 1] is "number" or "count" or "total" && of + 1 < words.Length ? words[of + 1] : words[^1];
        return noun.Length > 1 && noun.All(char.IsLetter) ? noun.ToLowerInvariant() : null;
    }
}
