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
    Unknown,
}
