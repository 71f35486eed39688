using FactApi.Core.Answering;
using FactApi.Core.Model;

namespace FactApi.Functions.Answering;

/// <summary>The /api/ask response: the answer (or why there is none) and the sentences it rests on.</summary>
public sealed record AskResponse(
    string Question,
    bool Answered,
    AnswerBody? Answer,
    IReadOnlyList<Evidence> Evidence,
    double Confidence,
    IReadOnlyList<AnswerBody> Alternatives,
    string? Reason,
    DateOnly AsOf)
{
    public static AskResponse From(Answer answer, DateOnly asOf) =>
        new(answer.Question, answer.Answered, answer.Body, answer.Evidence, Math.Round(answer.Confidence, 3), answer.Alternatives, answer.Reason, asOf);
}

/// <summary>Body of POST /api/ask.</summary>
public sealed record AskRequest(string? Question, string? AsOf);
