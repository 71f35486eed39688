using System.Diagnostics;
using FactApi.Core.Extraction.Actors;

namespace FactApi.Cli.Evaluation.Conll;

/// <summary>Runs a name tagger over gold-tokenised CoNLL documents and scores it.</summary>
internal static class ConllEvaluator
{
    /// <summary>The name types FactApi treats as actors; "overall" is computed over these.</summary>
    public static readonly string[] ActorLabels = [NameLabels.Person, NameLabels.Organization, NameLabels.Location];

    /// <summary>A sentence with errors: its tokens, the missed gold names and the spurious predictions.</summary>
    public delegate void ErrorSink(LabelledSentence sentence, List<NameSpan> missed, List<NameSpan> spurious);

    public static ConllResult Run(NameTagger tagger, IReadOnlyList<List<LabelledSentence>> documents, ErrorSink? errors = null)
    {
        var scorer = new SpanScorer();
        var tokens = 0;
        var clock = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            var predicted = tagger.TagDocument([.. document.Select(s => s.Tokens)]);
            for (var s = 0; s < document.Count; s++)
            {
                tokens += document[s].Tokens.Count;
                var (missed, spurious) = scorer.Add(document[s].Names, predicted[s]);
                if (missed.Count + spurious.Count > 0)
                {
                    errors?.Invoke(document[s], missed, spurious);
                }
            }
        }

        return new ConllResult(scorer, tokens, clock.Elapsed.TotalSeconds);
    }
}
