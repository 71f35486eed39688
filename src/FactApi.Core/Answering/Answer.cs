using FactApi.Core.Model;

namespace FactApi.Core.Answering;

/// <summary>
/// The reply to a question: the answer with the sentences it was read from, or <see cref="Answered"/> false and
/// a <see cref="Reason"/> when the facts do not say, never a guess.
/// </summary>
public sealed record Answer(
    string Question,
    bool Answered,
    AnswerBody? Body,
    IReadOnlyList<Evidence> Evidence,
    double Confidence,
    IReadOnlyList<AnswerBody> Alternatives,
    string? Reason)
{
    public static Answer Declined(string question, string reason) => new(question, false, null, [], 0, [], reason);
}
