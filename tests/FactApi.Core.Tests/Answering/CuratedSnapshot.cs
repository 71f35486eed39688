using FactApi.Core.Answering;
using FactApi.Core.Disputes;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.TestSupport;

namespace FactApi.Core.Tests.Answering;

/// <summary>The curated sample store read into a snapshot, once: the facts the question set is written against.</summary>
internal static class CuratedSnapshot
{
    private static readonly Lazy<FactSnapshot> Lazy = new(Load);

    public static FactSnapshot Value => Lazy.Value;

    private static FactSnapshot Load()
    {
        var curated = Path.Combine(RepositoryRoot.Path, "curated");
        var registry = ActorRegistry.Parse(File.ReadAllText(Path.Combine(curated, "actors.json")));
        var sets = new List<FactSet>();
        foreach (var file in Directory.GetFiles(Path.Combine(curated, "facts"), "*.json").Order(StringComparer.Ordinal))
        {
            var document = FactFileReader.ParseDocument(File.ReadAllText(file), file);
            var text = File.ReadAllText(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, document.Source!.Text!)));
            sets.Add(FactFileReader.Read(document, text, registry, file));
        }

        // Roles read from an article carry their evidence; the registry's own roles do not, so the article's win.
        var actors = registry.Select(a =>
        {
            var read = sets.SelectMany(s => s.Actors).Where(x => x.Id == a.Id).SelectMany(x => x.Roles).Where(r => r.Evidence is not null).ToList();
            return read.Count == 0 ? a : a with { Roles = read.DistinctBy(r => (r.Title, r.Of)).ToList() };
        }).ToList();
        var claims = sets.SelectMany(s => s.Claims).ToList();
        var disputes = claims.Where(c => c.Topic is not null).GroupBy(c => c.Topic!, StringComparer.Ordinal)
            .Select(g => DisputeFinder.Find(g.Key, g)).OfType<Dispute>().ToList();
        return new FactSnapshot(actors, sets.SelectMany(s => s.Events).ToList(), claims, disputes);
    }
}
