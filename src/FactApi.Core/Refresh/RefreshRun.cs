namespace FactApi.Core.Refresh;

/// <summary>One refresh: when it started, why, which sources it planned, and when the last of them finished.</summary>
public sealed record RefreshRun(string Id, DateTimeOffset StartedAt, string Trigger, IReadOnlyList<string> SourceIds, DateTimeOffset? EndedAt = null)
{
    /// <summary>Ids sort newest first in storage, and are unique across hosts.</summary>
    public static string NewId(DateTimeOffset now) =>
        $"{DateTimeOffset.MaxValue.UtcTicks - now.UtcTicks:D19}-{Guid.NewGuid():N}"[..28];
}
