using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Finds names of people (PER), organisations (ORG), places (LOC) and other names (MISC) in English text
/// with an averaged-perceptron Viterbi tagger trained on CoNLL-2003 (see docs/quality.md). Thread-safe.
/// </summary>
public sealed class NameTagger
{
    private const string EmbeddedModel = "Actors.Resources.names-conll2003.bin.gz";

    private static readonly Lazy<NameTagger> Embedded = new(() =>
    {
        using var stream = EmbeddedData.Open(EmbeddedModel);
        return Load(stream);
    });

    private readonly NameModel model;

    internal NameTagger(NameModel model) => this.model = model;

    /// <summary>The tagger with the model embedded in FactApi.Core, loaded on first use.</summary>
    public static NameTagger Default => Embedded.Value;

    /// <summary>Number of weighted features in the model.</summary>
    public int FeatureCount => model.FeatureCount;

    /// <summary>Loads a model written by <c>factapi train ner</c>.</summary>
    public static NameTagger Load(Stream stream) => new(NameModelFile.Load(stream));

    /// <summary>Writes the model (gzip'd) in the format <see cref="Load"/> reads.</summary>
    public void Save(Stream stream) => NameModelFile.Save(model, stream);

    /// <summary>A tagger whose weights are the mean of <paramref name="taggers"/>' weights, less those below <paramref name="threshold"/>.</summary>
    public static NameTagger Average(IReadOnlyList<NameTagger> taggers, float threshold)
    {
        ArgumentNullException.ThrowIfNull(taggers);
        return new(NameModelAveraging.Average([.. taggers.Select(t => t.model)], threshold));
    }

    /// <summary>Tags one tokenised sentence with IOB2 tags (B-PER, I-PER, O...).</summary>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var tags = Enumerable.Repeat("O", tokens.Count).ToArray();
        foreach (var name in TagDocument([tokens])[0])
        {
            tags[name.FirstToken] = "B-" + name.Label;
            for (var i = name.FirstToken + 1; i < name.EndToken; i++)
            {
                tags[i] = "I-" + name.Label;
            }
        }

        return tags;
    }

    /// <summary>Finds the names in each sentence of one tokenised document; sentences of the same document help each other.</summary>
    public IReadOnlyList<IReadOnlyList<NameSpan>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var (tokens, ranges) = NameInput.FromSentences(sentences);
        return Decode(tokens, ranges);
    }

    /// <summary>Tokenises <paramref name="text"/> and returns its names with character offsets.</summary>
    public IReadOnlyList<EntitySpan> Find(string text)
    {
        var document = Document.Create(text);
        Apply(document);
        return document.Entities;
    }

    /// <summary>Adds the names found in <paramref name="document"/> to its entities.</summary>
    public void Apply(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (tokens, ranges) = NameInput.FromDocument(document);
        var names = Decode(tokens, ranges);
        for (var s = 0; s < names.Count; s++)
        {
            var first = document.Sentences[s].FirstToken;
            foreach (var name in names[s])
            {
                var start = document.Tokens[first + name.FirstToken].Start;
                var end = document.Tokens[first + name.EndToken - 1].End;
                document.Entities.Add(new EntitySpan(start, end, first + name.FirstToken, name.TokenCount, name.Label));
            }
        }
    }

    private List<IReadOnlyList<NameSpan>> Decode(ReadOnlySpan<TokenInfo> tokens, List<(int Start, int Count)> ranges)
    {
        var tags = new byte[tokens.Length];
        ViterbiDecoder.Decode(tokens, ranges, model, tags);
        return [.. ranges.Select(r => (IReadOnlyList<NameSpan>)BiluoTags.Decode(tags.AsSpan(r.Start, r.Count)))];
    }
}
