using FactApi.Core.Extraction.Dates;

namespace FactApi.Core.Tests.Extraction.Dates;

/// <summary>Helpers: tag a sentence and find the one expression with the given text.</summary>
internal static class TaggerAssert
{
    public static TimeExpression Single(string text, DateOnly anchor, string expected)
    {
        var found = TemporalTagger.Default.Tag(text, anchor);
        var hit = found.SingleOrDefault(e => e.Text == expected);
        Assert.True(hit is not null, $"'{expected}' not tagged; got: {string.Join(", ", found.Select(e => $"'{e.Text}'={e.Value}"))}");
        Assert.Equal(expected, text[hit.Start..hit.End]);
        return hit;
    }

    public static void Value(string text, DateOnly anchor, string expected, string value, TimexType type = TimexType.Date)
    {
        var hit = Single(text, anchor, expected);
        Assert.Equal(value, hit.Value);
        Assert.Equal(type, hit.Type);
    }
}
