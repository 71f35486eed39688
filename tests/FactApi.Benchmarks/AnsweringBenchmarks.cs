using BenchmarkDotNet.Attributes;
using FactApi.Core.Answering;
using FactApi.Core.Model;
using FactApi.Core.Synthetic;

namespace FactApi.Benchmarks;

/// <summary>
/// /api/ask's answerer over a synthetic store of 10,000 claims (SyntheticFacts, seed 1): one question of each
/// kind, made from the store's own actors, places and topics, plus questions it cannot answer. The p50 of the
/// mix is the median of the per-question medians (docs/answering.md). BuildAnswerer is the once-per-dataset-version
/// cost of the indexes.
/// </summary>
[MemoryDiagnoser]
public class AnsweringBenchmarks
{
    private const int Claims = 10_000;
    private static readonly DateOnly AsOf = new(2025, 6, 1);
    private static readonly Lazy<FactSnapshot> Snapshot = new(() =>
    {
        var store = SyntheticFacts.Generate(Claims);
        return FactSnapshot.From(store.Registry, store.Sets);
    });

    private QuestionAnswerer answerer = null!;

    [ParamsSource(nameof(Questions))]
    public string Question { get; set; } = "";

    /// <summary>The mix: each kind of question about facts the store holds, then three it cannot answer.</summary>
    public static IEnumerable<string> Questions()
    {
        var facts = Snapshot.Value;
        var actors = facts.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var byCountry = facts.Claims.First(c => c.Numbers.Count > 0 && actors[c.Speaker.ActorId!].Kind == ActorKind.Country);
        var byPerson = facts.Claims.First(c => c.Numbers.Count > 0 && actors[c.Speaker.ActorId!].Kind == ActorKind.Person);
        var person = actors[byPerson.Speaker.ActorId!];
        var (subject, place) = Split(byCountry.Topic!);
        var meeting = facts.Events.First(e => e.Actors.Count == 2 && e.When?.Precision == DatePrecision.Day);
        var summit = facts.Events.First(e => e.What.StartsWith("Summit", StringComparison.Ordinal));
        var denial = facts.Claims.First(c => c.Numbers.Count == 0);
        var holder = facts.Actors.First(a => a.Roles.Any(r => r.Evidence is not null));
        return
        [
            $"How many {byCountry.Numbers[0].Unit} did {actors[byCountry.Speaker.ActorId!].Name} count in {place}?",
            $"What did {person.Name} say about {Split(byPerson.Topic!).Subject}?",
            $"How many {subject} did each side report in {place}?",
            $"When did {actors[meeting.Actors[0]].Name} and {actors[meeting.Actors[1]].Name} meet in {meeting.Place}?",
            $"Where will the summit on {Split(summit.What["Summit on ".Length..]).Subject} be held?",
            $"Who {denial.Cue} that {denial.Content}?",
            $"Who is {holder.Name}?",
            $"What is {holder.Aliases[0]}'s position?",
            "When did Macron visit Brazil?",
            $"How many tanks did {actors[byCountry.Speaker.ActorId!].Name} send?",
            $"What did {person.Aliases[0]} say about the election?",
        ];
    }

    [GlobalSetup]
    public void Setup() => answerer = new QuestionAnswerer(Snapshot.Value);

    [Benchmark]
    public bool Ask() => answerer.Ask(Question, AsOf).Answered;

    private static (string Subject, string Place) Split(string topic)
    {
        var at = topic.LastIndexOf(" in ", StringComparison.Ordinal);
        return (topic[..at], topic[(at + 4)..]);
    }
}

/// <summary>The once-per-dataset-version cost: reading a 10,000-claim snapshot into the answerer's indexes.</summary>
[MemoryDiagnoser]
public class AnswererBuildBenchmarks
{
    private FactSnapshot snapshot = null!;

    [GlobalSetup]
    public void Setup()
    {
        var store = SyntheticFacts.Generate(10_000);
        snapshot = FactSnapshot.From(store.Registry, store.Sets);
    }

    [Benchmark]
    public QuestionAnswerer BuildAnswerer() => new(snapshot);
}
