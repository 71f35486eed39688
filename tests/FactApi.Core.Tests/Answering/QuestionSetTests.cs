using FactApi.Core.Answering;
using FactApi.TestSupport;

namespace FactApi.Core.Tests.Answering;

/// <summary>The question set in questions.txt, asked of the curated sample: answers must be right and cited.</summary>
public sealed class QuestionSetTests
{
    private static readonly DateOnly AsOf = new(2025, 5, 11);
    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => new QuestionAnswerer(CuratedSnapshot.Value));

    public static TheoryData<string, string, string, string> Questions()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Answering", "questions.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts.Length > 2 ? parts[2] : "", parts.Length > 3 ? parts[3] : "");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Answers_from_the_facts_or_declines(string type, string question, string expected, string evidence)
    {
        var answer = Answerer.Value.Ask(question, AsOf);

        if (type == "declined")
        {
            Assert.False(answer.Answered, $"answered '{answer.Body?.Text}'");
            Assert.False(string.IsNullOrEmpty(answer.Reason));
            return;
        }

        Assert.True(answer.Answered, answer.Reason);
        Assert.Equal(type, answer.Body!.Type);
        var said = answer.Body.Text + " " + answer.Body.Value?.ToJsonString();
        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Evidence);
        Assert.Contains(answer.Evidence, e => e.Sentence.Contains(evidence, StringComparison.Ordinal));
    }
}
