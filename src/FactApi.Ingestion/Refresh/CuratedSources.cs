using System.Security.Cryptography;
using System.Text;
using FactApi.Core.Extraction;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Core.Sources;
using Microsoft.Extensions.Options;

namespace FactApi.Ingestion.Refresh;

/// <summary>The manifest and actor registry, read from disk at each use so a curator's edit needs no restart.</summary>
public sealed class CuratedSources(IOptions<RefreshOptions> options)
{
    // A reference swapped whole, so concurrent refreshes always see a consistent registry and extractor.
    private Loaded? cached;

    public string ManifestPath => options.Value.ManifestPath;

    public string Folder => Path.GetDirectoryName(Path.GetFullPath(ManifestPath))!;

    public IReadOnlyList<ManifestSource> ReadManifest()
    {
        var result = SourceManifest.Parse(File.ReadAllText(ManifestPath), ManifestPath);
        return result.IsValid ? result.Sources : throw new FactFileException(string.Join(Environment.NewLine, result.Errors));
    }

    public IReadOnlyList<Actor> ReadRegistry() => Current().Registry;

    /// <summary>The extractor for the current registry, built once per version of actors.json (it compiles alias patterns).</summary>
    public FactExtractor Extractor() => Current().Extractor;

    /// <summary>
    /// Names what extraction is now: the FactApi.Core build (its module id changes with its code and embedded models,
    /// builds being deterministic) and the registry's text. A source read by another stamp is read again in full.
    /// </summary>
    public string ExtractorStamp() => Current().Stamp;

    private Loaded Current()
    {
        var path = Path.Combine(Folder, "actors.json");
        var written = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
        if (Volatile.Read(ref cached) is { } known && known.Written == written)
        {
            return known;
        }

        var json = File.Exists(path) ? File.ReadAllText(path) : "";
        IReadOnlyList<Actor> registry = json.Length > 0 ? ActorRegistry.Parse(json, path) : [];
        var build = typeof(FactExtractor).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        var stamp = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(build + "\n" + json)).AsSpan(0, 8));
        var fresh = new Loaded(written, registry, new FactExtractor(registry), stamp);
        Volatile.Write(ref cached, fresh);
        return fresh;
    }

    private sealed record Loaded(DateTime Written, IReadOnlyList<Actor> Registry, FactExtractor Extractor, string Stamp);

    /// <summary>An http(s) URL as it is; a relative path as a file URI inside the manifest's folder.</summary>
    public Uri Locate(ManifestSource source) =>
        source.IsRemote ? new Uri(source.Url) : new Uri(Path.GetFullPath(Path.Combine(Folder, source.Url)));
}
