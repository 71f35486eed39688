using FactApi.Core.Answering;
using FactApi.Storage.Reading;

namespace FactApi.Functions.Answering;

/// <summary>One answerer per dataset version: its indexes are built once, then every question is answered in memory.</summary>
public sealed class AnswererCache(SnapshotReader snapshots)
{
    private Built? current;

    public async Task<QuestionAnswerer> GetAsync(CancellationToken cancellationToken)
    {
        var (version, facts) = await snapshots.GetAsync(cancellationToken);
        if (Volatile.Read(ref current) is { } built && built.Version == version)
        {
            return built.Answerer;
        }

        var fresh = new Built(version, new QuestionAnswerer(new FactSnapshot(facts.Actors, facts.Events, facts.Claims, facts.Disputes)));
        Volatile.Write(ref current, fresh);
        return fresh.Answerer;
    }

    private sealed record Built(string Version, QuestionAnswerer Answerer);
}
