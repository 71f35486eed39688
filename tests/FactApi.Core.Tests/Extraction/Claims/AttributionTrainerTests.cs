using FactApi.Core.Extraction;
using FactApi.Core.Extraction.Claims;
using FactApi.Core.Extraction.Claims.Tagging;

namespace FactApi.Core.Tests.Extraction.Claims;

public class AttributionTrainerTests
{
    private static readonly string[] Speakers = ["The harbour master", "A ferry captain", "The union", "Two dock workers", "The port authority", "Mr. Albrecht"];
    private static readonly string[] Contents = ["the cranes were unsafe", "the strike would end soon", "wages had not risen", "the night shift was cancelled", "nobody had been paid"];

    /// <summary>Articles whose only cue is "reckoned", which no lexicon lists: only learning can find it.</summary>
    private static AttributionExample Article(int seed)
    {
        var random = new Random(seed);
        var text = "";
        var gold = new List<(AttributionRole, TextSpan)>();
        for (var s = 0; s < 4; s++)
        {
            var speaker = Speakers[random.Next(Speakers.Length)];
            var content = Contents[random.Next(Contents.Length)];
            var start = text.Length;
            gold.Add((AttributionRole.Source, new TextSpan(start, start + speaker.Length)));
            gold.Add((AttributionRole.Cue, new TextSpan(start + speaker.Length + 1, start + speaker.Length + 9)));
            gold.Add((AttributionRole.Content, new TextSpan(start + speaker.Length + 10, start + speaker.Length + 10 + content.Length)));
            text += $"{speaker} reckoned {content}. The boats stayed in port. ";
        }

        return AttributionExample.Create(Context(text), gold);
    }

    private static AttributionContext Context(string text)
    {
        var sentences = new List<SentenceView>();
        var start = 0;
        for (var end = text.IndexOf(". ", StringComparison.Ordinal); end >= 0; end = text.IndexOf(". ", start, StringComparison.Ordinal))
        {
            sentences.Add(new SentenceView(start, end + 1, text[start..(end + 1)], [], [], []));
            start = end + 2;
        }

        return AttributionContext.Create(text, sentences, new QuoteMap(text), []);
    }

    [Fact]
    public void Learns_a_cue_no_lexicon_lists_and_places_source_and_content_around_it()
    {
        var trainer = new AttributionTrainer();
        var examples = Enumerable.Range(0, 30).Select(Article).ToList();
        double[] accuracy = [];
        for (var epoch = 0; epoch < 5; epoch++)
        {
            accuracy = trainer.TrainEpoch(examples, new Random(epoch));
        }

        Assert.All(accuracy, a => Assert.True(a > 0.95, $"token accuracy {a:0.000}"));
        const string text = "A ferry captain reckoned the strike would end soon. The boats stayed in port. ";
        var context = Context(text);
        var found = Assert.Single(AttributionAssembler.Assemble(context, trainer.Snapshot(0).Tag(context)));
        Assert.Equal(("A ferry captain", "reckoned", "the strike would end soon"), (text[found.Source.Start..found.Source.End], text[found.Cue.Start..found.Cue.End], text[found.Content.Start..found.Content.End]));
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_tags()
    {
        var trainer = new AttributionTrainer();
        var examples = Enumerable.Range(0, 10).Select(Article).ToList();
        trainer.TrainEpoch(examples, new Random(1));
        var tagger = trainer.Snapshot(0);
        using var stream = new MemoryStream();
        tagger.Save(stream);
        stream.Position = 0;
        var loaded = AttributionTagger.Load(stream);

        var context = examples[0].Context;
        Assert.Equal(tagger.Tag(context), loaded.Tag(context));
    }

    [Fact]
    public void The_fused_table_tags_as_each_layer_scored_on_its_own()
    {
        var trainer = new AttributionTrainer();
        var examples = Enumerable.Range(0, 10).Select(Article).ToList();
        trainer.TrainEpoch(examples, new Random(2));
        using var stream = new MemoryStream();
        trainer.Snapshot(0).Save(stream);
        stream.Position = 0;
        var tagger = AttributionTagger.Load(stream);
        for (var l = 0; l < 3; l++)
        {
            tagger.Layers[l].Bias = 0.25f * (l - 1);
        }

        foreach (var example in examples.Take(4))
        {
            var context = example.Context;
            var features = new uint[context.Count * AttributionFeatures.Stride];
            AttributionFeatures.ExtractCommon(context, features);
            var cues = new byte[context.Count];
            AttributionTagger.TagLayer(context, AttributionRole.Cue, features, () => tagger.Layers[0], cues);
            var near = AttributionTagger.NearCues(context, cues);
            AttributionFeatures.ExtractRelative(context, cues, features, near);
            var sources = new byte[context.Count];
            AttributionTagger.TagLayer(context, AttributionRole.Source, features, () => tagger.Layers[1], sources, active: near);
            var contents = new byte[context.Count];
            AttributionTagger.TagLayer(context, AttributionRole.Content, features, () => tagger.Layers[2], contents, active: near);

            var fused = tagger.Tag(context);
            Assert.Contains(cues, t => t != SpanTags.Outside);
            Assert.Equal(cues, fused[0]);
            Assert.Equal(sources, fused[1]);
            Assert.Equal(contents, fused[2]);
        }
    }
}
