using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// "Interior Minister Carolina Vidal told reporters in Concepcion that about 1,300 homes had been destroyed": a place
/// or occasion between the audience and "that" hides the clause from the attribution tagger, which then finds no
/// claim in the sentence at all. A sentence that opens with its subject (a few words, or a name with one appositive),
/// "told" and an audience (told-audiences.txt), then at most a short aside and "that", is a claim by that subject of
/// what follows "that", unless a claim of the sentence was already made with "told".
/// </summary>
internal static class ToldClaims
{
    private const int MaxSubjectWords = 8;

    private static readonly Regex Told = new(
        @"(?<=\s|^)(?<cue>told)\s+(?:" + string.Join('|', EmbeddedData.DataLines("Claims.Resources.told-audiences.txt").Select(a => Regex.Escape(a).Replace("\\ ", "\\s+", StringComparison.Ordinal))) +
        @")(?:\s+(?:in|at|on|outside|after|during)\s+[^,;:""“]{1,40}?)?,?\s+that\s+(?<content>[^""“]+?)[.!]?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static IEnumerable<Claim> Find(ExtractionInput input, IReadOnlyList<SentenceView> sentences, IReadOnlyList<Claim> claims, QuoteMap quotes)
    {
        var saidOn = input.PublishedAt is { } published ? TemporalValue.Of(published) : null;
        foreach (var sentence in sentences)
        {
            if (quotes.Inside(sentence.Start) || !sentence.Text.Contains(" told ", StringComparison.Ordinal)
                || claims.Any(c => c.Evidence.Start == sentence.Start && c.Cue.StartsWith("told", StringComparison.Ordinal)))
            {
                continue;
            }

            var match = Told.Match(sentence.Text);
            if (!match.Success)
            {
                continue;
            }

            var subjectStart = sentence.Start + Datelines.LengthAt(sentence.Text, 0, sentence.Text.Length);
            var cueAt = sentence.Start + match.Groups["cue"].Index;
            var subject = input.Text[subjectStart..cueAt].Trim();
            var commas = subject.Count(c => c == ',');
            var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (subject.Length == 0 || !char.IsUpper(subject[0]) || !(commas == 0 ? words <= MaxSubjectWords : commas == 2 && subject.EndsWith(',') && words <= 2 * MaxSubjectWords))
            {
                continue;
            }

            // An appositive describes the subject; a country named in it is not who speaks.
            var named = commas > 0 ? subjectStart + subject.IndexOf(',', StringComparison.Ordinal) : cueAt;
            var actor = sentence.Mentions.LastOrDefault(m => m.Start >= subjectStart && m.End <= named)?.ActorId;
            var content = ClaimText.Clean(match.Groups["content"].Value);
            var numbers = NumberExtractor.Find(content);
            var evidence = new Evidence(input.SourceId, input.Url, input.Title, input.PublishedAt, sentence.Text, sentence.Start, sentence.End);
            yield return new Claim(FactIds.Claim(input.SourceId, sentence.Start, sentence.End, content), new Speaker(actor, subject), "told", content,
                QuoteForm.Indirect, saidOn, ClaimTopics.Find(content, numbers), numbers, evidence);
        }
    }
}
