using System.Globalization;
using FactApi.Core.Answering;
using Xunit.Abstractions;

namespace FactApi.Core.Tests.Answering;

/// <summary>
/// Precision and recall of the question set as the score threshold moves, so the threshold is measured, not
/// guessed. Precision: of the questions answered, the share answered right (declined questions answered count
/// as wrong). Recall: of the answerable questions, the share answered right.
/// </summary>
public sealed class ThresholdTests(ITestOutputHelper output)
{
    private static readonly DateOnly AsOf = new(2025, 5, 11);

    [Fact]
    public void The_chosen_threshold_answers_nothing_wrong()
    {
        var questions = QuestionSetTests.Questions().Select(row => ((string)row[0], (string)row[1], (string)row[2])).ToList();
        foreach (var threshold in new[] { 0.2, 0.3, 0.4, QuestionAnswerer.MinScore, 0.6, 0.7, 0.8, 0.9 })
        {
            var (precision, recall) = Measure(new QuestionAnswerer(CuratedSnapshot.Value, threshold), questions);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold:0.0}: precision {precision:0.000}, recall {recall:0.000}"));
            if (threshold == QuestionAnswerer.MinScore)
            {
                Assert.Equal(1.0, precision);
                Assert.True(recall >= 0.9, $"recall {recall}");
            }
        }
    }

    private static (double Precision, double Recall) Measure(QuestionAnswerer answerer, List<(string Type, string Question, string Expected)> questions)
    {
        int answered = 0, right = 0, answerable = 0;
        foreach (var (type, question, expected) in questions)
        {
            var answer = answerer.Ask(question, AsOf);
            answerable += type == "declined" ? 0 : 1;
            if (!answer.Answered)
            {
                continue;
            }

            answered++;
            var said = answer.Body!.Text + " " + answer.Body.Value?.ToJsonString();
            right += type != "declined" && answer.Body.Type == type && said.Contains(expected, StringComparison.Ordinal) ? 1 : 0;
        }

        return (answered == 0 ? 1 : (double)right / answered, (double)right / answerable);
    }
}
