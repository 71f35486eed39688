using System.Reflection;

namespace FactApi.Core.Extraction.Text;

/// <summary>Reads the data files embedded from the <c>Resources</c> folders of FactApi.Core.</summary>
internal static class EmbeddedData
{
    private static readonly Assembly CoreAssembly = typeof(EmbeddedData).Assembly;

    /// <summary>Opens the embedded file whose manifest name ends with <paramref name="relativeName"/> (e.g. <c>Text.Resources.abbreviations.txt</c>).</summary>
    public static Stream Open(string relativeName)
    {
        var name = CoreAssembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("." + relativeName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource '{relativeName}' is missing from FactApi.Core.");
        return CoreAssembly.GetManifestResourceStream(name)!;
    }

    /// <summary>The non-blank, non-comment (#) lines of an embedded text file, trimmed.</summary>
    public static IEnumerable<string> DataLines(string relativeName)
    {
        using var reader = new StreamReader(Open(relativeName));
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}
