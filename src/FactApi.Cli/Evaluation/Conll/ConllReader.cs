using FactApi.Core.Extraction.Actors;

namespace FactApi.Cli.Evaluation.Conll;

/// <summary>
/// Reads CoNLL-2003 files: one token a line (<c>word POS chunk NE</c>), a blank line between sentences,
/// <c>-DOCSTART-</c> between documents. Only the word and the last (name) column are used: real text
/// has no gold part-of-speech or chunk tags.
/// </summary>
internal static class ConllReader
{
    public static List<List<LabelledSentence>> ReadFile(string path) => Read(File.ReadLines(path));

    public static List<List<LabelledSentence>> Read(IEnumerable<string> lines)
    {
        var documents = new List<List<LabelledSentence>>();
        var document = new List<LabelledSentence>();
        var words = new List<string>();
        var tags = new List<string>();

        void EndSentence()
        {
            if (words.Count > 0)
            {
                document.Add(new LabelledSentence([.. words], ConllTags.ToSpans(tags)));
                words.Clear();
                tags.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (document.Count > 0)
            {
                documents.Add(document);
                document = [];
            }
        }

        foreach (var line in lines)
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndDocument();
                continue;
            }

            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 2)
            {
                EndSentence();
                continue;
            }

            words.Add(columns[0]);
            tags.Add(columns[^1]);
        }

        EndDocument();
        return documents;
    }
}
