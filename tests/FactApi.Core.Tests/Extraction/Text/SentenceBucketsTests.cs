using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Tests.Extraction.Text;

public class SentenceBucketsTests
{
    private static readonly Sentence[] Sentences = [new(0, 10, 0, 3), new(11, 20, 3, 3), new(20, 30, 6, 3)];

    [Fact]
    public void Each_span_goes_to_the_sentence_that_contains_it_in_list_order()
    {
        (int Start, int End)[] spans = [(12, 15), (0, 4), (21, 29), (11, 20), (5, 10)];

        var buckets = SentenceBuckets.Split(Sentences, spans, s => s);

        Assert.Equal([(0, 4), (5, 10)], buckets[0]);
        Assert.Equal([(12, 15), (11, 20)], buckets[1]);
        Assert.Equal([(21, 29)], buckets[2]);
    }

    [Fact]
    public void A_span_across_sentences_belongs_to_none_and_an_empty_span_at_a_shared_edge_to_both()
    {
        (int Start, int End)[] spans = [(8, 13), (20, 20), (35, 40)];

        var buckets = SentenceBuckets.Split(Sentences, spans, s => s);

        Assert.Empty(buckets[0]);
        Assert.Equal([(20, 20)], buckets[1]);
        Assert.Equal([(20, 20)], buckets[2]);
    }
}
