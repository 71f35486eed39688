namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// Page furniture a claim must not come from: lines starting "Read more", "Photo:", "Sign up"... (a data file),
/// bylines ("By Ana Ruiz"), and short lines with no closing punctuation after the first line (link lists,
/// subheadings, captions). The first line is the headline, which is reporting.
/// </summary>
internal sealed class NoiseLines
{
    private static readonly IReadOnlyDictionary<string, string> Prefixes = Lexicon.Load("Claims.Resources.noise-prefixes.txt");
    private const int ShortLineWords = 14;
    private readonly List<(int Start, int End)> noise = [];

    public NoiseLines(string text)
    {
        var start = 0;
        var first = true;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0)
            {
                if (IsNoise(line, first))
                {
                    noise.Add((start, end));
                }

                first = false;
            }

            start = end + 1;
        }
    }

    /// <summary>Whether the character at <paramref name="offset"/> lies on a noise line.</summary>
    public bool Contains(int offset) => noise.Exists(n => n.Start <= offset && offset < n.End);

    /// <summary>Whether any of [<paramref name="start"/>, <paramref name="end"/>) lies on a noise line.</summary>
    public bool Overlaps(int start, int end) => noise.Exists(n => n.Start < end && start < n.End);

    /// <summary>Whether <paramref name="line"/> opens with a page-furniture prefix ("Read more", "Update:").</summary>
    public static bool IsFurniture(ReadOnlySpan<char> line)
    {
        foreach (var prefix in Prefixes.Keys)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (line.Length == prefix.Length || !char.IsLetter(line[prefix.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNoise(ReadOnlySpan<char> line, bool first)
    {
        if (IsFurniture(line))
        {
            return true;
        }

        var words = line.Count(' ') + 1;
        if (line.StartsWith("By ", StringComparison.Ordinal) && words <= 8 && line.Length > 3 && char.IsUpper(line[3]))
        {
            return true;
        }

        return !first && words <= ShortLineWords && line[^1] is not ('.' or '!' or '?' or '"' or '\u201D' or ':' or '\'' or '\u2019');
    }
}
