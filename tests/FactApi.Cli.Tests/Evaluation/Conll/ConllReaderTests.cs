using FactApi.Cli.Evaluation.Conll;
using FactApi.Core.Extraction.Actors;

namespace FactApi.Cli.Tests.Evaluation.Conll;

public class ConllReaderTests
{
    [Fact]
    public void Reads_documents_sentences_words_and_names()
    {
        string[] lines =
        [
            "-DOCSTART- -X- O O",
            "",
            "Brell NNP I-NP I-PER",
            "Oskarsson NNP I-NP I-PER",
            "visited VBD I-VP O",
            "Tarvik NNP I-NP I-LOC",
            ". . O O",
            "",
            "He PRP I-NP O",
            "left VBD I-VP O",
            "",
            "-DOCSTART- -X- O O",
            "",
            "Quarnex NNP I-NP I-ORG",
        ];
        var documents = ConllReader.Read(lines);

        Assert.Equal(2, documents.Count);
        Assert.Equal(2, documents[0].Count);
        Assert.Equal(["Brell", "Oskarsson", "visited", "Tarvik", "."], documents[0][0].Tokens);
        Assert.Equal([new NameSpan(0, 2, "PER"), new NameSpan(3, 1, "LOC")], documents[0][0].Names);
        Assert.Empty(documents[0][1].Names);
        Assert.Equal([new NameSpan(0, 1, "ORG")], documents[1][0].Names);
    }
}
