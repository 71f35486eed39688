using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactApi.TestSupport.Answering;

/// <summary>
/// The /api/ask question set (questions.json): one file asked of the curated facts in Core tests and over HTTP in
/// Functions tests, so the two can never drift apart.
/// </summary>
public static class QuestionSet
{
    private static readonly Lazy<QuestionFile> File = new(Load);

    public static DateOnly AsOf => File.Value.AsOf;

    public static IReadOnlyList<AskedQuestion> All => File.Value.Questions;

    /// <summary>
    /// Theory rows (held-out questions excepted): the question text, which <see cref="Find"/> turns back into its
    /// expectations.
    /// </summary>
    public static TheoryData<string> Rows(bool answerable)
    {
        var rows = new TheoryData<string>();
        foreach (var question in All.Where(q => q.Answerable == answerable && q.HeldOut is null))
        {
            rows.Add(question.Q);
        }

        return rows;
    }

    public static AskedQuestion Find(string question) => All.Single(q => q.Q == question);

    private static QuestionFile Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Answering", "questions.json");
        var file = JsonSerializer.Deserialize<QuestionFile>(System.IO.File.ReadAllText(path), Options)
            ?? throw new InvalidOperationException($"{path} is empty.");
        var repeated = file.Questions.GroupBy(q => q.Q).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? file : throw new InvalidOperationException($"'{repeated.Key}' is in {path} twice.");
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    private sealed record QuestionFile(string About, DateOnly AsOf, IReadOnlyList<AskedQuestion> Questions);
}
