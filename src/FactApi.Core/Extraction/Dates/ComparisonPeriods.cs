using System.Globalization;

namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// "Profit rose in the third quarter from $2 million a year earlier": a year-ago comparison speaks of the same
/// period one year back, so when a quarter or half was named shortly before, "a year earlier" takes that
/// period's granularity (1997-Q3 rather than 1997). This is the one document-level step after the rules.
/// </summary>
internal static class ComparisonPeriods
{
    // How far back (in characters) a named period still sets the subject of a comparison: about two sentences.
    private const int Reach = 400;

    public static void Refine(List<TimeExpression> found, IReadOnlySet<string> comparisonRules)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var e = found[i];
            if (!comparisonRules.Contains(e.Rule) || e.Type != TimexType.Date || e.Value.Length != 4
                || !int.TryParse(e.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                continue;
            }

            for (var j = i - 1; j >= 0 && e.Start - found[j].End <= Reach; j--)
            {
                var period = found[j].Value;
                if (period.Length == 7 && period[4] == '-' && period[5] is 'Q' or 'H'
                    && int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var periodYear)
                    && periodYear > year)
                {
                    var back = periodYear - year;
                    found[i] = e with { Value = TimexCalendar.Year(periodYear - back) + period[4..] };
                    break;
                }
            }
        }
    }
}
