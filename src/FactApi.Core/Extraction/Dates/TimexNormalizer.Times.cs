namespace FactApi.Core.Extraction.Dates;

/// <summary>Clock times.</summary>
internal sealed partial class TimexNormalizer
{
    private string? Time(RuleMatch m)
    {
        int hour, minute = 0;
        if (m.Get("clock") is { } clock && lexicon.TryLookup("clock", clock, out var fixedTime))
        {
            hour = int.Parse(fixedTime[..2], Invariant);
            minute = int.Parse(fixedTime[3..], Invariant);
        }
        else
        {
            if (m.Get("hour") is not { } hourText || Number(hourText) is not { } h || double.IsNaN(h))
            {
                return null;
            }

            hour = (int)h;
            if (m.Get("minute") is { } minuteText)
            {
                minute = int.Parse(minuteText, Invariant);
            }

            var pm = (m.Get("ampm") is { } ampm && ampm.StartsWith('p'))
                || (m.Get("part") is { } part && lexicon.TryLookup("part", part, out var p) && p is "AF" or "EV" or "NI" && hour >= 5);
            if (pm && hour < 12)
            {
                hour += 12;
            }
            else if (m.Get("ampm") is { } am && am.StartsWith('a') && hour == 12)
            {
                hour = 0;
            }
        }

        if (hour > 24 || minute > 59)
        {
            return null;
        }

        var date = m.Anchor;
        if (m.Get("weekday") is { } wd && lexicon.TryLookup("weekday", wd, out var w))
        {
            // "at 11pm next Tuesday": a direction word picks the weekday as it does for the weekday alone.
            date = WeekdayDate(m, int.Parse(w, Invariant));
        }
        else if (m.Get("dw") is { } dw && lexicon.TryLookup("dayword", dw, out var offset))
        {
            date = m.Anchor.AddDays(int.Parse(offset, Invariant));
        }
        else if (Date(m) is { Length: 10 } day)
        {
            date = DateOnly.ParseExact(day, "yyyy-MM-dd", Invariant);
        }

        return TimexCalendar.Day(date) + "T" + hour.ToString("D2", Invariant) + ":" + minute.ToString("D2", Invariant);
    }
}
