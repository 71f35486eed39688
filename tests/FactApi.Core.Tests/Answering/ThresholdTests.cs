using System.Globalization;
using FactApi.Core.Answering;
using FactApi.TestSupport.Answering;
using Xunit.Abstractions;

namespace FactApi.Core.Tests.Answering;

/// <summary>
/// Precision and recall of the question set as the score threshold moves, so the threshold is measured, not
/// guessed. Precision: of the questions answered, the share answered right (an unanswerable question answered
/// counts as wrong). Recall: of the answerable questions, the share answered right.
/// </summary>
public sealed class ThresholdTests(ITestOutputHelper output)
{
    [Fact]
    public void The_chosen_threshold_answers_nothing_wrong_and_everything_answerable()
    {
        foreach (var threshold in new[] { 0.2, 0.3, 0.4, QuestionAnswerer.MinScore, 0.6, 0.7, 0.8, 0.9 })
        {
            var (precision, recall) = Measure(new QuestionAnswerer(CuratedSnapshot.Value, threshold));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold:0.0}: precision {precision:0.000}, recall {recall:0.000}"));
            if (threshold == QuestionAnswerer.MinScore)
            {
                Assert.Equal(1.0, precision);
                Assert.Equal(1.0, recall);
            }
        }
    }

    /// <summary>
    /// The held-out batches (written after tuning) are scored, not passed or failed: their numbers go to
    /// docs/answering.md. Whatever they score, an answer cites evidence and a decline gives its reason.
    /// </summary>
    [Fact]
    public void Held_out_batches_are_scored_and_every_reply_is_cited_or_explained()
    {
        var answerer = new QuestionAnswerer(CuratedSnapshot.Value);
        foreach (var batch in QuestionSet.All.Where(q => q.HeldOut is not null).GroupBy(q => q.HeldOut))
        {
            var (precision, recall) = Measure(answerer, batch);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out batch {batch.Key} ({batch.Count()} questions): precision {precision:0.000}, recall {recall:0.000}"));
            foreach (var question in batch)
            {
                var answer = answerer.Ask(question.Q, QuestionSet.AsOf);
                Assert.True(answer.Answered ? answer.Evidence.Count > 0 : !string.IsNullOrWhiteSpace(answer.Reason), question.Q);
            }
        }
    }

    private static (double Precision, double Recall) Measure(QuestionAnswerer answerer) =>
        Measure(answerer, QuestionSet.All.Where(q => q.HeldOut is null));

    private static (double Precision, double Recall) Measure(QuestionAnswerer answerer, IEnumerable<AskedQuestion> questions)
    {
        int answered = 0, right = 0, answerable = 0;
        foreach (var question in questions)
        {
            var answer = answerer.Ask(question.Q, QuestionSet.AsOf);
            answerable += question.Answerable ? 1 : 0;
            if (!answer.Answered)
            {
                continue;
            }

            answered++;
            var (type, said, sentences) = QuestionSetTests.Said(answer);
            right += question.Answerable && question.IsRight(type, said, sentences) ? 1 : 0;
        }

        return (answered == 0 ? 1 : (double)right / answered, (double)right / answerable);
    }
}
