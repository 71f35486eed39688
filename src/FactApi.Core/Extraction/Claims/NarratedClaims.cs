using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// Counts the article states in its own voice ("Twenty-nine people were injured in the blast"): a sentence that
/// holds a number of something and is nobody's attribution becomes a claim of the publication, with no actor id,
/// the publisher (else "the article") as its speaker and "reported" as its cue. Without them a count the reporter
/// gives could never answer "how many"; as the publication's claims they stay apart from what its sources said,
/// and never take a side in a dispute (a side needs an actor).
/// </summary>
internal static class NarratedClaims
{
    public const string Cue = "reported";

    public static IEnumerable<Claim> Find(ExtractionInput input, IReadOnlyList<SentenceView> sentences, IReadOnlyList<Attribution> attributions, NoiseLines noise, QuoteMap quotes, string? publisher)
    {
        var saidOn = input.PublishedAt is { } published ? TemporalValue.Of(published) : null;
        var speaker = new Speaker(null, string.IsNullOrWhiteSpace(publisher) ? "the article" : publisher);
        foreach (var sentence in sentences)
        {
            // What someone is reported saying is theirs to claim, and so is what follows their words in the sentence
            // ("Ukraine dismissed the offers and called for a 30-day truce"): only counts before every attribution of
            // the sentence are the publication's ("Twenty-nine people were injured by a blast the mayor described as ...").
            var first = sentence.End;
            foreach (var a in attributions)
            {
                var start = Math.Min(a.Source.Length > 0 ? a.Source.Start : a.Cue.Start, Math.Min(a.Cue.Start, a.Content.Length > 0 ? a.Content.Start : a.Cue.Start));
                var end = Math.Max(a.Source.End, Math.Max(a.Cue.End, a.Content.End));
                if (start < sentence.End && sentence.Start < end)
                {
                    first = Math.Min(first, Math.Max(start, sentence.Start));
                }
            }

            // Most sentences hold no number of their own: a digit or number word must be there before the regex runs.
            if (!NumberExtractor.MayHold(sentence.Text.AsSpan(0, first - sentence.Start)))
            {
                continue;
            }

            if (noise.Overlaps(sentence.Start, sentence.End) || quotes.Inside(sentence.Start))
            {
                continue;
            }

            var own = first < sentence.End ? sentence.Text[..(first - sentence.Start)] : sentence.Text;
            var numbers = NumberExtractor.Find(own).Where(n => n.Unit is not null).ToList();
            if (numbers.Count == 0)
            {
                continue;
            }

            var content = ClaimText.Clean(sentence.Text);
            var evidence = new Evidence(input.SourceId, input.Url, input.Title, input.PublishedAt, sentence.Text, sentence.Start, sentence.End);
            yield return new Claim(FactIds.Claim(input.SourceId, sentence.Start, sentence.End, content), speaker, Cue, content, QuoteForm.Indirect,
                saidOn, ClaimTopics.Find(content, numbers), numbers, evidence);
        }
    }
}
