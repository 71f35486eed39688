using System.Globalization;

namespace FactApi.Cli.Evaluation.Brat;

/// <summary>One annotated article: its text, publication date and gold spans.</summary>
internal sealed record BratDocument(string Name, string Text, DateOnly? PublishedAt, IReadOnlyList<BratSpan> Gold);

/// <summary>
/// brat standoff as PolNeAR ships it: <c>text/NAME.txt</c> and <c>attributions/NAME_ANNOTATOR.ann</c>, whose
/// <c>T</c> lines are <c>Tn TAB Role a b;c d TAB text</c>; only Source, Cue and Content spans are scored.
/// </summary>
internal static class BratReader
{
    public static readonly string[] Roles = ["Source", "Cue", "Content"];

    public static IEnumerable<BratDocument> ReadDirectory(string directory, IReadOnlyDictionary<string, DateOnly> dates)
    {
        foreach (var ann in Directory.EnumerateFiles(Path.Combine(directory, "attributions"), "*.ann").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(ann);
            var name = stem[..stem.LastIndexOf('_')];
            var text = File.ReadAllText(Path.Combine(directory, "text", name + ".txt"));
            yield return new BratDocument(name, text, dates.TryGetValue(name, out var date) ? date : null, ParseAnnotations(File.ReadLines(ann)));
        }
    }

    public static List<BratSpan> ParseAnnotations(IEnumerable<string> lines)
    {
        var spans = new List<BratSpan>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length < 2 || !fields[0].StartsWith('T'))
            {
                continue;
            }

            var space = fields[1].IndexOf(' ', StringComparison.Ordinal);
            var role = fields[1][..space];
            if (!Roles.Contains(role))
            {
                continue;
            }

            var fragments = fields[1][(space + 1)..].Split(';').Select(f => f.Split(' ')).Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
            spans.Add(new BratSpan(role, fragments));
        }

        return spans;
    }

    /// <summary>filename -> publication_date from PolNeAR's metadata.tsv (columns found by their header).</summary>
    public static Dictionary<string, DateOnly> ReadMetadata(string path)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split('\t') ?? [];
        var (nameColumn, dateColumn) = (Array.IndexOf(header, "filename"), Array.IndexOf(header, "publication_date"));
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (nameColumn >= 0 && dateColumn >= 0 && fields.Length > Math.Max(nameColumn, dateColumn)
                && DateOnly.TryParseExact(fields[dateColumn], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates[fields[nameColumn]] = date;
            }
        }

        return dates;
    }
}
