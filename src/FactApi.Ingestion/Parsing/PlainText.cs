using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Claims;

namespace FactApi.Ingestion.Parsing;

/// <summary>Articles that arrive as plain text: kept as written, the first line taken as a title when it reads like one (a wire dateline alone does not).</summary>
internal static partial class PlainText
{
    private const int LongestTitle = 200;

    public static bool Is(string body, string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim();
        if (string.Equals(mediaType, "text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return !string.Equals(mediaType, "text/html", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(mediaType, "application/xhtml+xml", StringComparison.OrdinalIgnoreCase)
            && !Tag().IsMatch(body);
    }

    public static ArticleContent Read(string body)
    {
        var text = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = (firstBreak < 0 ? text : text[..firstBreak]).Trim();
        var title = firstBreak > 0 && firstLine.Length is > 0 and <= LongestTitle && !Datelines.IsWhole(firstLine) ? firstLine : null;
        return new ArticleContent(title, text, null, null);
    }

    [GeneratedRegex(@"<(!doctype|html|head|body|p|div|article|br|title)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
