using System.Reflection;

namespace FactApi.Core.Extraction.Dates;

/// <summary>Reads the tagger's embedded data files; the only I/O the tagger does.</summary>
internal static class ResourceText
{
    private const string Prefix = "FactApi.Core.Extraction.Dates.Resources.";

    private static Assembly Assembly => typeof(ResourceText).Assembly;

    /// <summary>Resource names under <c>Resources/</c>, relative to that folder, with dots for slashes.</summary>
    public static IEnumerable<string> Names(string folder) =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folder + ".", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal);

    /// <summary>Non-blank, non-comment lines (<c>#</c> starts a comment line) of one resource.</summary>
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            lines.Add(line);
        }

        return lines;
    }
}
