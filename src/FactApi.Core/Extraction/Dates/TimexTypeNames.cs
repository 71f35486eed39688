namespace FactApi.Core.Extraction.Dates;

/// <summary>TimeML spells types in upper case; the rules file and scorers use that spelling.</summary>
internal static class TimexTypeNames
{
    public static string ToTimeMl(this TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    public static bool TryParse(string name, out TimexType type)
    {
        switch (name.Trim().ToUpperInvariant())
        {
            case "DATE": type = TimexType.Date; return true;
            case "TIME": type = TimexType.Time; return true;
            case "DURATION": type = TimexType.Duration; return true;
            case "SET": type = TimexType.Set; return true;
            default: type = TimexType.Date; return false;
        }
    }
}
