namespace FactApi.Core.Synthetic;

/// <summary>What an article is about: a subject counted in a place ("drone attacks in Velgrad").</summary>
internal sealed record SyntheticTopic(SubjectPattern Subject, string Place)
{
    public string Name => $"{Subject.Subject} in {Place}";
}
