namespace FactApi.Core.Answering;

/// <summary>What a question asks for, read from its opening words.</summary>
public enum QuestionKind
{
    Who,
    When,
    Where,
    HowMany,
    Quote,
    Describe,
    /// <summary>"How old is X?": the age an article gives after the person's name ("Schiff, 56,").</summary>
    Age,
    Unknown,
}
