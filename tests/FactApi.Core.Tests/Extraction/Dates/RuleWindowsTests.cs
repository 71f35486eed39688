using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Dates;

namespace FactApi.Core.Tests.Extraction.Dates;

public class RuleWindowsTests
{
    private static readonly Lexicon Lexicon = Lexicon.LoadEmbedded();

    // Words and separators the windowed rules are made of, so that random runs of them hold many matches,
    // long ones ("more than the past one hundred and twenty-five consecutive trading days"), neighbours that
    // overlap and look-aheads at a stretch's edge.
    private static readonly string[] Words =
    [
        "more than", "about", "up to", "the", "past", "next", "last", "this", "coming", "one", "two", "hundred",
        "and", "twenty-five", "a couple of", "half a", "a", "an", "3", "1,000.5", "1/2", "full", "consecutive",
        "trading", "business", "years", "year", "days", "day", "weeks", "month", "hours", "ago", "earlier",
        "from now", "or so", "old", "March", "May", "Sept.", "December", "15", "3rd", "2024", "1999,", "Tuesday,",
        "Friday", "morning", "night", "nineteen", "ninety", "two thousand", "of", "per", "late", "early",
        "the end of", "mid", "for", "percent", "times", "once", "said", "Kyiv", ",", ".",
        "fiscal", "calendar", "financial year", "that", "the same", "later", "following", "previous", "recent",
        "ahead", "end", "ended", "year's", "year-ago", "year-end", "day-long", "throughout", "in", "quarter",
        "decade", "century", "week", "weekend", "period", "fiscal-year", "post-", "the next", "the following",
        "earlier in the", "for the", "the 2024", "the previous", "the days", "the full year", "March 15,",
    ];

    private static readonly string[] Spaces = [" ", " ", " ", " ", "  ", "\n", "\n\n", " \t"];

    [Fact]
    public void A_windowed_rule_finds_exactly_what_a_scan_of_the_whole_text_finds()
    {
        var set = RuleSet.LoadEmbedded(Lexicon);
        var windowed = set.Rules.Where(r => r.Window is not null).ToList();
        Assert.NotEmpty(windowed);
        var random = new Random(17);
        var matched = windowed.ToDictionary(r => r.Id, _ => 0);
        var windows = new List<(int Start, int Length)>();
        for (var n = 0; n < 3000; n++)
        {
            var text = RandomText(random);
            foreach (var rule in windowed)
            {
                var whole = rule.Pattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();
                windows.Clear();
                RuleWindows.Find(set.Gates[rule.Gate], text, rule.Window!.Value, windows);
                var around = RuleWindows.Matches(rule.Pattern, text, windows).Select(m => (m.Index, m.Length)).ToList();

                Assert.True(whole.SequenceEqual(around), $"{rule.Id} in \"{Regex.Escape(text)}\": [{string.Join(' ', whole)}] vs [{string.Join(' ', around)}]");
                matched[rule.Id] += whole.Count;
            }
        }

        // The comparison means something only where the rules match.
        Assert.All(matched, pair => Assert.True(pair.Value > 0, $"{pair.Key} never matched"));
    }

    [Fact]
    public void Too_narrow_a_window_loses_matches_a_whole_scan_finds()
    {
        // The same duration pattern told that nothing precedes its unit: the test above would catch such a bound.
        var rule = RuleSet.Parse(
            "t\tDURATION\t(?<num>%NUM%) (?<unit>%unit%)\tduration needs=unit window=0,0", Lexicon, "test.txt");
        var set = RuleSet.LoadEmbedded(Lexicon);
        var gate = set.Gates[set.Rules.Single(r => r.Id == "duration").Gate];
        const string text = "It lasted one hundred and twenty days.";
        var windows = new List<(int Start, int Length)>();
        RuleWindows.Find(gate, text, rule.Window!.Value, windows);
        var around = RuleWindows.Matches(rule.Pattern, text, windows).Select(m => m.Value).ToList();
        Assert.Equal("one hundred and twenty days", rule.Pattern.Match(text).Value);
        Assert.DoesNotContain("one hundred and twenty days", around);
    }

    [Fact]
    public void A_window_needs_a_gate()
    {
        var set = RuleSet.LoadEmbedded(Lexicon);
        Assert.Contains(set.Rules, r => r.Id == "duration" && r.Window == (26, 3));
        var e = Assert.Throws<FormatException>(() => RuleSet.Parse("t\tDATE\t%YEAR%\tyear window=1,2", Lexicon, "test.txt"));
        Assert.Contains("window=1,2", e.Message, StringComparison.Ordinal);
    }

    private static string RandomText(Random random)
    {
        var length = random.Next(1, 40);
        var parts = new List<string>(length * 2);
        for (var i = 0; i < length; i++)
        {
            parts.Add(Words[random.Next(Words.Length)]);
            parts.Add(Spaces[random.Next(Spaces.Length)]);
        }

        // Half the texts start or end inside a match, at the text's edge.
        return random.Next(2) == 0 ? string.Concat(parts).Trim() : string.Concat(parts);
    }
}
