using FactApi.Core.Extraction.Dates;

namespace FactApi.Cli.Formatting;

/// <summary>TimeML spells the TIMEX3 types in upper case; the enum names are the same words.</summary>
internal static class TimexTypeText
{
    public static string ToTimeMl(this TimexType type) => type.ToString().ToUpperInvariant();
}
