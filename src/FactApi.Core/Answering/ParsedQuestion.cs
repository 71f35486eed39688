namespace FactApi.Core.Answering;

/// <summary>
/// A question read into parts: its kind, the actors it names, a date it is limited to, its content words (folded)
/// and which of those were capitalised mid-sentence (names the facts must contain, or the question is declined).
/// <see cref="Readings"/>, when not empty, are the actor lists the question may mean: a surname two stored people
/// share ("Clinton") is read once as each of them. <see cref="Verb"/> is the reporting verb a quote question asks
/// of, other than "say" ("What did X warn?"), as <see cref="Keyword.StemOf"/> gives it; <see cref="ActVerb"/> the
/// verb a "who did it" question asks of ("Who dismissed the offers?"), folded, which the claim's cue must be;
/// <see cref="Counted"/> the noun "how many" counts, folded. <see cref="SpeakerUnnamed"/>: a quote question whose
/// actors are not who spoke ("What did officials say about Kopp?", "What did Kopp's stepmother say?"): its speaker
/// is asked for in words, and the actors are what the claim must mention. <see cref="AsksLeader"/>: "Who runs X?", the
/// holder of X's top office. <see cref="SaidByFirst"/>: "according to X", so the first actor must have said it (or a
/// member of it), not only be mentioned. <see cref="SourceWords"/>: "according to the organisers", a source named by
/// words no actor stands for, which the speaker's own words must hold. <see cref="Upcoming"/>: the question asks of what is
/// still to come ("When will ...?", "their next strike"), which an event on or before its story's day is not.
/// <see cref="AsksStart"/>: "When did X start?", the first of X's events. <see cref="CountVerb"/>: what happened to
/// what "how many" counts ("How many cows died?"), folded: a count of the same thing that says nothing of it counts
/// something else (the cows a farmer left behind); <see cref="CountVerbReported"/>: the count is someone's ("according to
/// the farmers", "does X say"), who may word it otherwise.
/// </summary>
public sealed record ParsedQuestion(
    QuestionKind Kind,
    IReadOnlyList<string> ActorIds,
    Model.TemporalValue? Date,
    IReadOnlyList<string> Keywords,
    IReadOnlySet<string> ProperWords,
    bool Future,
    bool EachSide,
    bool AsksRole,
    NumberFit Fit = NumberFit.Any,
    IReadOnlyList<IReadOnlyList<string>>? Readings = null,
    string? Verb = null,
    string? ActVerb = null,
    string? Counted = null,
    bool SpeakerUnnamed = false,
    bool AsksLeader = false,
    bool SaidByFirst = false,
    IReadOnlyList<(string Id, string Word)>? LooseNames = null,
    IReadOnlyList<string>? SourceWords = null,
    bool Upcoming = false,
    bool AsksStart = false,
    string? CountVerb = null,
    bool CountVerbReported = false,
    bool AsksSaidWhen = false,
    bool YearWritten = false);

/// <summary>
/// What kind of number a "how" question asks for: "how much" before a verb asks an amount (money or a share),
/// "how long" a length of time, "how large" or "how far" anything but a length of time; any other asks for the number of
/// whatever it names.
/// </summary>
public enum NumberFit
{
    Any,
    Amount,
    Duration,

    /// <summary>"How large ...?", "How big ...?", "How far ...?": a size or distance, anything but a length of time.</summary>
    Size,

    /// <summary>"How much money ...?", "How much compensation ...?": an amount of money, not a share.</summary>
    Money,
}
