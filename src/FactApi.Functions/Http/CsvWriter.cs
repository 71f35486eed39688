using System.Text;

namespace FactApi.Functions.Http;

/// <summary>
/// RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break.
/// A field that a spreadsheet would run as a formula (= + - @ at the start) gets a leading apostrophe.
/// </summary>
public static class CsvWriter
{
    public static string Write<T>(IReadOnlyList<string> header, IEnumerable<T> rows, Func<T, IEnumerable<string?>> fields)
    {
        var builder = new StringBuilder();
        AppendRow(builder, header);
        foreach (var row in rows)
        {
            AppendRow(builder, fields(row));
        }

        return builder.ToString();
    }

    private static void AppendRow(StringBuilder builder, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            Append(builder, field ?? "");
        }

        builder.Append("\r\n");
    }

    private static void Append(StringBuilder builder, string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            builder.Append(field);
            return;
        }

        builder.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
