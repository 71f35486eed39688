using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactApi.Core.Extraction.Dates;

namespace FactApi.Cli.Formatting;

/// <summary>Time expressions as a JSON array: offsets, text, TIMEX3 type, value and mod.</summary>
internal static class TimeExpressionJson
{
    public static string Write(DateOnly published, IReadOnlyList<TimeExpression> expressions)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            // Console output for people: keep apostrophes and non-ASCII letters readable; nothing here is HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteString("published", published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartArray("timexes");
            foreach (var e in expressions)
            {
                json.WriteStartObject();
                json.WriteNumber("start", e.Start);
                json.WriteNumber("end", e.End);
                json.WriteString("text", e.Text);
                json.WriteString("type", e.Type.ToTimeMl());
                json.WriteString("value", e.Value);
                if (e.Mod is not null)
                {
                    json.WriteString("mod", e.Mod);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
