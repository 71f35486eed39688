namespace FactApi.Core.Synthetic;

/// <summary>
/// What an article is about: a subject counted in a place ("drone attacks in Velgrad"), and the two countries
/// whose officials give the counts, so a topic's speakers stay a few dozen however many articles it has.
/// </summary>
internal sealed record SyntheticTopic(SubjectPattern Subject, string Place, SyntheticCountry First, SyntheticCountry Second)
{
    public string Name => $"{Subject.Subject} in {Place}";
}
