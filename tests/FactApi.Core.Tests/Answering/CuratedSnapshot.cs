using FactApi.Core.Answering;
using FactApi.Core.Facts;
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

        return FactSnapshot.From(registry, sets);
    }
}
