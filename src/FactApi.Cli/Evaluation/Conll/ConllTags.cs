using FactApi.Core.Extraction.Actors;

namespace FactApi.Cli.Evaluation.Conll;

/// <summary>Converts CoNLL name tags to spans, as conlleval does.</summary>
internal static class ConllTags
{
    /// <summary>
    /// Spans from IOB1 or IOB2 tags: a name starts at B-X, or at I-X unless the previous tag was B-X or I-X
    /// (in IOB1 B- only separates two adjacent names of the same type).
    /// </summary>
    public static List<NameSpan> ToSpans(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<NameSpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var tagType = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            var continues = tagType is not null && tag[0] == 'I' && tagType == type;
            if (type is not null && !continues)
            {
                spans.Add(new NameSpan(start, i - start, type));
                type = null;
            }

            if (tagType is not null && !continues)
            {
                start = i;
                type = tagType;
            }
        }

        return spans;
    }
}
