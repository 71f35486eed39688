using System.Text.RegularExpressions;

namespace FactApi.Ingestion.Parsing;

internal static partial class Whitespace
{
    /// <summary>Runs of whitespace (newlines and non-breaking spaces too) as one space, trimmed.</summary>
    public static string Collapse(string text) => Runs().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s\u00a0]+")]
    private static partial Regex Runs();
}
