using FactApi.Core.Text;

namespace FactApi.Core.Tests.Text;

public sealed class NameMatchingTests
{
    [Theory]
    [InlineData("Zelénskyy", "zelenskyy")]
    [InlineData("  ZELENSKY ", "zelensky")]
    [InlineData("O'Brien-Smith", "obrien smith")]
    [InlineData("U.S. President", "us president")]
    [InlineData("Jean–Luc  Picard", "jean luc picard")]
    public void Folding_ignores_case_accents_and_punctuation(string text, string folded)
    {
        Assert.Equal(folded, SearchKey.Fold(text));
    }

    [Theory]
    [InlineData("zelensky", "volodymyr zelenskyy")]
    [InlineData("zelenskiy", "volodymyr zelensky")]
    [InlineData("volodymyr zelenskiy", "volodymyr zelensky")]
    [InlineData("zelenksy", "volodymyr zelensky")]
    [InlineData("vol", "volodymyr zelensky")]
    [InlineData("peskov", "dmitry peskov")]
    public void Queries_match_names_despite_spelling_variants(string query, string name)
    {
        Assert.True(NameMatcher.Score(query, name) > 0);
    }

    [Theory]
    [InlineData("putin", "volodymyr zelensky")]
    [InlineData("ab", "abc def")]
    [InlineData("zelensky merz", "volodymyr zelensky")]
    [InlineData("", "anyone")]
    public void Queries_do_not_match_other_names(string query, string name)
    {
        Assert.Equal(0, NameMatcher.Score(query, name));
    }

    [Fact]
    public void An_exact_name_scores_above_a_near_miss()
    {
        Assert.True(NameMatcher.Score("zelensky", "zelensky") > NameMatcher.Score("zelensky", "zelenskyy"));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("same", "same", 0)]
    public void Edit_distance_counts_edits_and_transpositions(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Bounded(a, b, 5));
        Assert.Equal(Math.Min(distance, 1) + (distance > 1 ? 1 : 0), Math.Min(EditDistance.Bounded(a, b, 1), 2));
    }
}
