namespace FactApi.Core.Extraction.Dates;

/// <summary>The four TIMEX3 types of TimeML.</summary>
public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}
