using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;

namespace FactApi.Ingestion.Parsing;

/// <summary>
/// The feed formatters' date parser. Publishers write RFC 822 dates loosely (zone names, "+0100", ISO dates in
/// RSS); the library's strict parser would fail the whole feed over one of them.
/// </summary>
internal static partial class FeedDates
{
    private static readonly string[] Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'UT'", "ddd, d MMM yyyy HH:mm:ss 'Z'",
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd",
    ];

    // RFC 822 allows zone names .NET does not know; the North American ones it lists, and central Europe's.
    private static readonly (string Zone, string Offset)[] Zones =
    [
        ("EST", "-05:00"), ("EDT", "-04:00"), ("CST", "-06:00"), ("CDT", "-05:00"), ("MST", "-07:00"),
        ("MDT", "-06:00"), ("PST", "-08:00"), ("PDT", "-07:00"), ("CET", "+01:00"), ("CEST", "+02:00"),
    ];

    /// <summary>Always succeeds: an unreadable date becomes <c>default</c>, which the parser reads as "no date".</summary>
    public static bool TryParse(XmlDateTimeData data, out DateTimeOffset value)
    {
        var text = Whitespace.Collapse(data.DateTimeString ?? string.Empty);
        foreach (var (zone, offset) in Zones)
        {
            if (text.EndsWith(" " + zone, StringComparison.Ordinal))
            {
                text = text[..^zone.Length] + offset;
            }
        }

        text = CompactOffset().Replace(text, " $1:$2");
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }

        value = default;
        return true;
    }

    [GeneratedRegex(@" ([+-]\d\d)(\d\d)$")]
    private static partial Regex CompactOffset();
}
