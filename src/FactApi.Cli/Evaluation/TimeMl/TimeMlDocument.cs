using System.Text;
using System.Text.RegularExpressions;

namespace FactApi.Cli.Evaluation.TimeMl;

/// <summary>
/// One TimeML file: the plain text inside <c>&lt;TEXT&gt;</c> (tags removed, entities decoded), the document
/// creation time from <c>&lt;DCT&gt;</c> and the gold TIMEX3 spans as offsets into that text.
/// </summary>
internal sealed partial record TimeMlDocument(string Name, string Text, DateOnly Published, IReadOnlyList<TimexSpan> Gold)
{
    [GeneratedRegex("<DCT>\\s*<TIMEX3[^>]*\\bvalue=\"(\\d{4})-?(\\d{2})-?(\\d{2})")]
    private static partial Regex DctPattern();

    [GeneratedRegex("\\b(\\w+)=\"([^\"]*)\"")]
    private static partial Regex AttributePattern();

    public static TimeMlDocument Parse(string name, string xml)
    {
        var dct = DctPattern().Match(xml);
        if (!dct.Success)
        {
            throw new FormatException($"{name}: no <DCT><TIMEX3 value=...>.");
        }

        var published = new DateOnly(int.Parse(dct.Groups[1].Value), int.Parse(dct.Groups[2].Value), int.Parse(dct.Groups[3].Value));
        var from = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        var to = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            throw new FormatException($"{name}: no <TEXT> element.");
        }

        var (text, gold) = StripTags(xml.AsSpan(from + "<TEXT>".Length, to - from - "<TEXT>".Length));
        return new TimeMlDocument(name, text, published, gold);
    }

    private static (string Text, List<TimexSpan> Gold) StripTags(ReadOnlySpan<char> body)
    {
        var text = new StringBuilder(body.Length);
        var gold = new List<TimexSpan>();
        var open = new Stack<(int Start, string Type, string Value)>();
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (c == '<')
            {
                var close = body[i..].IndexOf('>');
                var tag = body.Slice(i + 1, close - 1).ToString();
                if (tag.StartsWith("TIMEX3", StringComparison.Ordinal))
                {
                    var attributes = AttributePattern().Matches(tag).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
                    open.Push((text.Length, attributes.GetValueOrDefault("type", ""), attributes.GetValueOrDefault("value", "")));
                }
                else if (tag.StartsWith("/TIMEX3", StringComparison.Ordinal) && open.Count > 0)
                {
                    var (start, type, value) = open.Pop();
                    gold.Add(new TimexSpan(start, text.Length, type, value));
                }

                i += close + 1;
            }
            else if (c == '&')
            {
                var semi = body[i..].IndexOf(';');
                var entity = semi > 0 ? body.Slice(i, semi + 1).ToString() : "&";
                text.Append(entity switch
                {
                    "&amp;" => "&",
                    "&lt;" => "<",
                    "&gt;" => ">",
                    "&quot;" => "\"",
                    "&apos;" => "'",
                    _ => entity,
                });
                i += entity.Length;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        gold.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return (text.ToString(), gold);
    }
}
