using FactApi.Core.Extraction.Actors;

namespace FactApi.Core.Tests.Extraction.Actors;

public class NameTaggerTrainerTests
{
    // A tiny invented corpus: the pattern "X Y said" is a person, "in Z" a place, "Z Corp" an organisation.
    private static readonly IReadOnlyList<IReadOnlyList<LabelledSentence>> Corpus =
    [
        [
            Sentence("Talia Morrow said the plan would work .", new NameSpan(0, 2, NameLabels.Person)),
            Sentence("The talks were held in Varnesse .", new NameSpan(5, 1, NameLabels.Location)),
            Sentence("Brisken Corp said profits rose .", new NameSpan(0, 2, NameLabels.Organization)),
        ],
        [
            Sentence("Oren Castell said nothing .", new NameSpan(0, 2, NameLabels.Person)),
            Sentence("Floods hit homes in Dunmarrow .", new NameSpan(4, 1, NameLabels.Location)),
            Sentence("Shares of Quellan Corp fell .", new NameSpan(2, 2, NameLabels.Organization)),
        ],
    ];

    [Fact]
    public void Learns_the_training_sentences()
    {
        var trainer = new NameTaggerTrainer();
        var random = new Random(1);
        var accuracy = 0.0;
        for (var epoch = 0; epoch < 10; epoch++)
        {
            accuracy = trainer.TrainEpoch(Corpus, random);
        }

        Assert.Equal(1.0, accuracy);
        var tagger = trainer.Snapshot(0f);
        Assert.Equal(["B-PER", "I-PER", "O", "O"], tagger.Tag(["Oren", "Castell", "said", "nothing"]));
    }

    [Fact]
    public void Saved_models_load_back_with_the_same_predictions()
    {
        var trainer = new NameTaggerTrainer();
        var random = new Random(1);
        for (var epoch = 0; epoch < 5; epoch++)
        {
            trainer.TrainEpoch(Corpus, random);
        }

        var tagger = trainer.Snapshot(0f);
        using var stream = new MemoryStream();
        tagger.Save(stream);
        stream.Position = 0;
        var loaded = NameTagger.Load(stream);

        string[] sentence = ["Talia", "Morrow", "said", "profits", "rose", "in", "Varnesse", "."];
        Assert.Equal(tagger.Tag(sentence), loaded.Tag(sentence));
        Assert.Equal(tagger.FeatureCount, loaded.FeatureCount);
    }

    [Fact]
    public void Averaging_a_model_with_itself_keeps_its_predictions()
    {
        var trainer = new NameTaggerTrainer();
        var random = new Random(1);
        for (var epoch = 0; epoch < 5; epoch++)
        {
            trainer.TrainEpoch(Corpus, random);
        }

        var tagger = trainer.Snapshot(0f);
        var averaged = NameTagger.Average([tagger, tagger], 0f);
        string[] sentence = ["Oren", "Castell", "said", "Quellan", "Corp", "fell", "."];
        Assert.Equal(tagger.Tag(sentence), averaged.Tag(sentence));
    }

    private static LabelledSentence Sentence(string text, params NameSpan[] names) => new(text.Split(' '), names);
}
