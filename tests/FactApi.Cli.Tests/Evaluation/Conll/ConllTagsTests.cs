using FactApi.Cli.Evaluation.Conll;
using FactApi.Core.Extraction.Actors;

namespace FactApi.Cli.Tests.Evaluation.Conll;

public class ConllTagsTests
{
    [Fact]
    public void Iob1_starts_a_name_at_i_and_splits_adjacent_names_at_b()
    {
        var spans = ConllTags.ToSpans(["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG"]);
        Assert.Equal([new NameSpan(0, 2, "PER"), new NameSpan(2, 1, "PER"), new NameSpan(4, 1, "LOC"), new NameSpan(5, 2, "ORG")], spans);
    }

    [Fact]
    public void Iob2_tags_read_the_same_way()
    {
        var spans = ConllTags.ToSpans(["B-MISC", "I-MISC", "O", "B-LOC", "B-LOC"]);
        Assert.Equal([new NameSpan(0, 2, "MISC"), new NameSpan(3, 1, "LOC"), new NameSpan(4, 1, "LOC")], spans);
    }
}
