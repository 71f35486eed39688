using System.Globalization;
using System.Security;
using System.Text;
using FactApi.Core.Extraction.Dates;

namespace FactApi.Cli.Formatting;

/// <summary>The text with each time expression wrapped in a TIMEX3 element, inside a minimal TimeML document.</summary>
internal static class TimeMlMarkup
{
    public static string Write(string text, DateOnly published, IReadOnlyList<TimeExpression> expressions)
    {
        var dct = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var builder = new StringBuilder(text.Length + (expressions.Count * 80));
        builder.Append("<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"")
            .Append(dct).Append("\" functionInDocument=\"CREATION_TIME\">").Append(dct).Append("</TIMEX3></DCT>\n<TEXT>");
        var at = 0;
        var id = 1;
        foreach (var e in expressions)
        {
            builder.Append(SecurityElement.Escape(text[at..e.Start]));
            builder.Append(CultureInfo.InvariantCulture, $"<TIMEX3 tid=\"t{id++}\" type=\"{e.Type.ToTimeMl()}\" value=\"{e.Value}\"");
            if (e.Mod is not null)
            {
                builder.Append(CultureInfo.InvariantCulture, $" mod=\"{e.Mod}\"");
            }

            builder.Append('>').Append(SecurityElement.Escape(e.Text)).Append("</TIMEX3>");
            at = e.End;
        }

        builder.Append(SecurityElement.Escape(text[at..])).Append("</TEXT>\n</TimeML>");
        return builder.ToString();
    }
}
