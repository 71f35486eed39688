using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Ingestion.Curated;

/// <summary>Reads the curated folder: the actor registry and every fact file with its article text.</summary>
public static class CuratedSample
{
    public static IReadOnlyList<Actor> ReadActors(string folder)
    {
        var path = Path.Combine(folder, "actors.json");
        return ActorRegistry.Parse(File.ReadAllText(path), path);
    }

    public static IReadOnlyList<FactSet> ReadFactFiles(string folder, IReadOnlyList<Actor> registry)
    {
        var facts = Path.Combine(folder, "facts");
        if (!Directory.Exists(facts))
        {
            return [];
        }

        return Directory.EnumerateFiles(facts, "*.json").Order(StringComparer.Ordinal).Select(path =>
        {
            var document = FactFileReader.ParseDocument(File.ReadAllText(path), path);
            var textPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, document.Source?.Text ?? throw new FactFileException($"{path}: 'source.text' is required.")));
            return FactFileReader.Read(document, File.ReadAllText(textPath), registry, path);
        }).ToList();
    }
}
