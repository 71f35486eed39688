using System.Text;
using FactApi.Core.Model;

namespace FactApi.Core.Synthetic;

/// <summary>
/// An article built sentence by sentence: each sentence's evidence is its span in the text as it is appended, so
/// every offset points at the very words it cites. Paragraphs break every few sentences, as in news copy.
/// </summary>
internal sealed class ArticleText(string sourceId, string url, string title, DateOnly published)
{
    private const int SentencesPerParagraph = 3;
    private readonly StringBuilder text = new();
    private int sentences;

    public Evidence Append(string sentence)
    {
        if (sentences > 0)
        {
            text.Append(sentences % SentencesPerParagraph == 0 ? "\n\n" : " ");
        }

        var start = text.Length;
        text.Append(sentence);
        sentences++;
        return new Evidence(sourceId, url, title, published, sentence, start, text.Length);
    }

    public override string ToString() => text.ToString();
}
