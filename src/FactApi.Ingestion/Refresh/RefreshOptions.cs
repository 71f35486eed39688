namespace FactApi.Ingestion.Refresh;

/// <summary>Refresh settings under <c>FactApi</c>.</summary>
public sealed class RefreshOptions
{
    /// <summary>The source manifest; relative paths are relative to the app's folder. Its folder also holds actors.json.</summary>
    public string SourcesManifest { get; set; } = Path.Combine("curated", "sources.json");

    /// <summary>Feed items read per refresh of a feed (newest first).</summary>
    public int MaxFeedItems { get; set; } = 20;

    public string ManifestPath => Path.IsPathRooted(SourcesManifest) ? SourcesManifest : Path.Combine(AppContext.BaseDirectory, SourcesManifest);
}
