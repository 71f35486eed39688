namespace FactApi.Functions.Tests.Api.Hostile;

/// <summary>
/// The one fixed list of known-bad parameter values every hostile-input test sends: injection into OData filters
/// and table keys, path tricks, control and bidi characters, markup, oversize text, impossible numbers and dates.
/// </summary>
public static class HostileValues
{
    public static readonly string[] Fixed =
    [
        // Empty and blank: the same as leaving the parameter out.
        "", " ",
        // OData filter injection.
        "'", "\"", "' or ''='", "' or 1 eq 1", "x' or 1 eq 1 or 'x' eq 'x", "PartitionKey ne ''", "PartitionKey ne '", "x' or PartitionKey ne 'y",
        "' and RowKey gt '", "*", "|", "speaker|dmitry-peskov",
        // Characters table keys may not hold, and path tricks.
        "/", "\\", "#", "?", "a/b\\c#d?e", "../", "../../etc/passwd", "..%2F..%2F", "%00", "~0041",
        // Control characters, NUL, bidi marks, emoji.
        "\u0000", "a\u0000b", "\u0007bell", "\u0001\u001F", "line\nbreak", "\u200Fright-to-left", "\u202Eevil", "\U0001F600", "\U0001F1FA\U0001F1E6 flag",
        // Markup.
        "<script>alert(1)</script>", "<b>bold</b>", "{{7*7}}", "${jndi:x}",
        // Sizes and numbers.
        new string('x', 8000), "99999999999999999999999999", "-1", "0", "1e309", "NaN", "-0", "0x10", "2147483648",
        // Impossible dates.
        "2025-02-30", "0000-00-00", "2025-13-01", "9999-12-32", "1-1-1", "2025-5-1", "20250512",
    ];

    /// <summary>Values that hold something, so a parameter given one is not simply absent.</summary>
    public static IEnumerable<string> NonBlank => Fixed.Where(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>How a value is named in a failure message: long ones by their length.</summary>
    public static string Describe(string value) =>
        value.Length > 60 ? $"<{value.Length} chars>" : System.Text.Json.JsonSerializer.Serialize(value);
}
