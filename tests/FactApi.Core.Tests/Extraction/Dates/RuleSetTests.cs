using FactApi.Core.Extraction.Dates;

namespace FactApi.Core.Tests.Extraction.Dates;

public class RuleSetTests
{
    private static readonly Lexicon Lexicon = Lexicon.LoadEmbedded();

    [Fact]
    public void Embedded_rules_load_and_every_function_is_known()
    {
        var rules = RuleSet.LoadEmbedded(Lexicon).Rules;
        Assert.NotEmpty(rules);
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void A_line_without_four_fields_is_reported_with_its_source()
    {
        var e = Assert.Throws<FormatException>(() => RuleSet.Parse("broken\tDATE\tonly three", Lexicon, "test.txt"));
        Assert.Contains("test.txt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Space_in_a_pattern_matches_any_white_space_and_lists_expand()
    {
        var rule = RuleSet.Parse("t\tDATE\t(?<month>%month_name%) (?<year>%YEAR%)\tdate", Lexicon, "test.txt");
        Assert.Matches(rule.Pattern, "in March\n  2024 the");
        Assert.DoesNotMatch(rule.Pattern, "in March 2024%");
    }

    [Fact]
    public void Lexicon_keys_ignore_case_spacing_and_apostrophe_style()
    {
        Assert.True(Lexicon.TryLookup("holiday", "New  Year’s Day", out var value));
        Assert.Equal("01-01", value);
    }
}
