namespace FactApi.TestSupport.Answering;

/// <summary>
/// One question of the set and what a right answer holds. No <see cref="Answer"/>: the sample cannot answer it.
/// <see cref="HeldOut"/>: the batch of questions written after the answerer was tuned, to measure it, never to tune it.
/// </summary>
public sealed record AskedQuestion(
    string Asks,
    string Q,
    string? Type = null,
    IReadOnlyList<string>? Answer = null,
    IReadOnlyList<string>? Evidence = null,
    IReadOnlyList<Expectation>? OneOf = null,
    int? HeldOut = null)
{
    public bool Answerable => Answer is not null;

    /// <summary>
    /// Whether an answer is right: of the expected type, holding every expected string in its text or value, and
    /// cited by sentences that hold every expected evidence string (or one of the alternatives does all that).
    /// </summary>
    public bool IsRight(string type, string said, IReadOnlyList<string> sentences) =>
        type == Type && new[] { new Expectation(Answer ?? [], Evidence ?? []) }.Concat(OneOf ?? []).Any(e => e.Holds(said, sentences));

    /// <summary>Why an answer is not right, for a test's failure message.</summary>
    public string Explain(string type, string said, IReadOnlyList<string> sentences) =>
        $"expected {Type} holding [{string.Join(", ", Answer ?? [])}] cited by [{string.Join(", ", Evidence ?? [])}]; " +
        $"got {type} '{said}' cited by [{string.Join(" | ", sentences)}]";
}

/// <summary>Strings a right answer's text or value holds, and strings its evidence sentences hold.</summary>
public sealed record Expectation(IReadOnlyList<string> Answer, IReadOnlyList<string> Evidence)
{
    public bool Holds(string said, IReadOnlyList<string> sentences) =>
        Answer.All(a => said.Contains(a, StringComparison.Ordinal))
        && Evidence.All(e => sentences.Any(s => s.Contains(e, StringComparison.Ordinal)));
}
