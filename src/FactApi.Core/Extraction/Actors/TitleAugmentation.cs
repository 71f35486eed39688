using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// Training-time augmentation: the 1996 Reuters training text almost never writes "Mr. Hale" or
/// "Dr. Hale", while modern news does so constantly. Before some person names this inserts an
/// abbreviated title from the abbreviation list, so the model learns that context.
/// </summary>
internal sealed class TitleAugmentation(double rate)
{
    private static readonly Lazy<string[]> Titles = new(() => [.. Abbreviations.PersonalTitles.Select(t => t + ".").Order(StringComparer.Ordinal)]);

    public IReadOnlyList<LabelledSentence> Apply(IReadOnlyList<LabelledSentence> document, Random random)
    {
        if (rate <= 0)
        {
            return document;
        }

        var result = new List<LabelledSentence>(document.Count);
        foreach (var sentence in document)
        {
            result.Add(Apply(sentence, random));
        }

        return result;
    }

    private LabelledSentence Apply(LabelledSentence sentence, Random random)
    {
        var insertBefore = sentence.Names
            .Where(n => n.Label == NameLabels.Person && (n.FirstToken == 0 || !sentence.Tokens[n.FirstToken - 1].EndsWith('.')) && random.NextDouble() < rate)
            .Select(n => n.FirstToken)
            .ToHashSet();
        if (insertBefore.Count == 0)
        {
            return sentence;
        }

        var tokens = new List<string>(sentence.Tokens.Count + insertBefore.Count);
        var shift = new int[sentence.Tokens.Count + 1];
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (insertBefore.Contains(i))
            {
                tokens.Add(Titles.Value[random.Next(Titles.Value.Length)]);
            }

            shift[i] = tokens.Count;
            tokens.Add(sentence.Tokens[i]);
        }

        var names = sentence.Names.Select(n => n with { FirstToken = shift[n.FirstToken] }).ToList();
        return new LabelledSentence(tokens, names);
    }
}
