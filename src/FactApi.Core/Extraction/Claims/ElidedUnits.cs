using System.Text.RegularExpressions;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// "Police put the crowd at about 300 people; organisers said more than 1,000 had taken part": a count that opens what
/// was said and is the subject of its verb ("more than 1,000 had ...", "only about 70 were ...") leaves out what it counts,
/// because the count just before it in the same paragraph said it. It counts that.
/// </summary>
internal static partial class ElidedUnits
{
    /// <summary>How far back in the paragraph the count that names the unit may be.</summary>
    private const int Reach = 400;

    /// <summary>How far into the content the bare count may start (after "only", "about", "more than").</summary>
    private const int Opening = 24;

    public static IReadOnlyList<NumberMention> Resolve(string text, int contentStart, string content, IReadOnlyList<NumberMention> numbers)
    {
        if (numbers.Count == 0 || numbers[0].Unit is not null)
        {
            return numbers;
        }

        var at = content.IndexOf(numbers[0].Text, StringComparison.Ordinal);
        if (at is < 0 or > Opening || !VerbAfter().IsMatch(content.AsSpan(at + numbers[0].Text.Length)))
        {
            return numbers;
        }

        var paragraph = text.LastIndexOf('\n', Math.Max(0, contentStart - 1)) + 1;
        var from = Math.Max(paragraph, contentStart - Reach);
        if (from >= contentStart || NumberExtractor.Find(text[from..contentStart]).LastOrDefault(n => n.Unit is not null) is not { } named)
        {
            return numbers;
        }

        return [numbers[0] with { Unit = named.Unit }, .. numbers.Skip(1)];
    }

    // The verb a bare count is the subject of: a form of be, have or do, or a modal.
    [GeneratedRegex(@"^\s+(?:were|was|are|is|had|have|has|did|do|would|will|could|might|remain(?:ed)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VerbAfter();
}
