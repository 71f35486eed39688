using FactApi.Core.Extraction.Dates;

namespace FactApi.Core.Tests.Extraction.Dates;

public class TemporalTaggerTests
{
    private static readonly DateOnly Anchor = new(2025, 5, 14);

    [Fact]
    public void Offsets_point_into_the_text_in_order_without_overlap()
    {
        const string text = "On Monday, two weeks after the May 1 vote, the party said it will govern until 2029.";
        var found = TemporalTagger.Default.Tag(text, Anchor);
        Assert.Equal(["Monday", "two weeks", "May 1", "2029"], found.Select(e => e.Text));
        for (var i = 0; i < found.Count; i++)
        {
            Assert.Equal(found[i].Text, text[found[i].Start..found[i].End]);
            Assert.True(i == 0 || found[i - 1].End <= found[i].Start);
        }
    }

    [Fact]
    public void Longest_match_wins()
        => TaggerAssert.Value("Aid arrived Friday, May 9, 2025, by truck.", Anchor, "Friday, May 9, 2025", "2025-05-09");

    [Fact]
    public void Text_without_time_expressions_gives_nothing()
        => Assert.Empty(TemporalTagger.Default.Tag("The minister denied the report.", Anchor));

    [Fact]
    public void Default_is_shared()
        => Assert.Same(TemporalTagger.Default, TemporalTagger.Default);
}

public class TemporalTaggerEdgeTests
{
    [Fact]
    public void Anchor_at_the_edge_of_the_calendar_does_not_throw()
    {
        var found = TemporalTagger.Default.Tag("It happened last year, 3000 years ago.", DateOnly.MinValue);
        Assert.DoesNotContain(found, e => e.Text == "last year");
    }

    [Fact]
    public void Empty_text_gives_nothing()
        => Assert.Empty(TemporalTagger.Default.Tag(string.Empty, new DateOnly(2025, 5, 14)));
}

public class TemporalTaggerScalingTests
{
    // Guards against patterns whose backtracking grows with the square of a run of similar words.
    [Theory]
    [InlineData("one two three four five six seven eight ")]
    [InlineData("1,000,000,000,000,000,000,000,000,000,000,")]
    [InlineData("1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1 every ")]
    [InlineData("that day the next day 1998 ")]
    public void Long_repetitive_text_is_tagged_in_linear_time(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 60_000 / unit.Length));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        FactApi.Core.Extraction.Dates.TemporalTagger.Default.Tag(text, new DateOnly(2025, 5, 14));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
