namespace FactApi.Functions.Composition;

/// <summary>Settings under <c>FactApi</c> that the Functions app itself reads.</summary>
public sealed class FactApiOptions
{
    public const string Section = "FactApi";

    /// <summary>NCRONTAB (six fields, seconds first) of the refresh timer, read by the trigger as %FactApi:RefreshSchedule%.</summary>
    public string RefreshSchedule { get; set; } = "0 */30 * * * *";

    /// <summary>Ingest once as soon as the app starts (local development).</summary>
    public bool RefreshOnStart { get; set; }

    /// <summary>The queue of per-source refresh messages, read by the queue trigger as %FactApi:RefreshQueue%.</summary>
    public string RefreshQueue { get; set; } = "factapi-refresh";
}
