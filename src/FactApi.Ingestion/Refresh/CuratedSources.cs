using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Core.Sources;
using Microsoft.Extensions.Options;

namespace FactApi.Ingestion.Refresh;

/// <summary>The manifest and actor registry, read from disk at each use so a curator's edit needs no restart.</summary>
public sealed class CuratedSources(IOptions<RefreshOptions> options)
{
    public string ManifestPath => options.Value.ManifestPath;

    public string Folder => Path.GetDirectoryName(Path.GetFullPath(ManifestPath))!;

    public IReadOnlyList<ManifestSource> ReadManifest()
    {
        var result = SourceManifest.Parse(File.ReadAllText(ManifestPath), ManifestPath);
        return result.IsValid ? result.Sources : throw new FactFileException(string.Join(Environment.NewLine, result.Errors));
    }

    public IReadOnlyList<Actor> ReadRegistry()
    {
        var path = Path.Combine(Folder, "actors.json");
        return File.Exists(path) ? ActorRegistry.Parse(File.ReadAllText(path), path) : [];
    }

    /// <summary>An http(s) URL as it is; a relative path as a file URI inside the manifest's folder.</summary>
    public Uri Locate(ManifestSource source) =>
        source.IsRemote ? new Uri(source.Url) : new Uri(Path.GetFullPath(Path.Combine(Folder, source.Url)));
}
