namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// The tagger's internal tag set: O plus Begin/Inside/Last/Unit for each name type (17 tags). BILOU makes
/// single-token and multi-token names separate decisions, which a greedy left-to-right decoder needs.
/// </summary>
internal static class BiluoTags
{
    public const int Count = 1 + (4 * 4);
    public const byte Outside = 0;
    private const int Begin = 0;
    private const int Inside = 1;
    private const int Last = 2;
    private const int Unit = 3;

    public static int TypeOf(int tag) => (tag - 1) / 4;

    public static byte Make(int type, int part) => (byte)(1 + (type * 4) + part);

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/>; a sentence's last tag must close any open name.</summary>
    public static bool Allowed(int previous, int tag, bool isLast)
    {
        var part = (tag - 1) % 4;
        if (previous != Outside && (previous - 1) % 4 is Begin or Inside)
        {
            return tag != Outside && TypeOf(tag) == TypeOf(previous) && (isLast ? part == Last : part is Inside or Last);
        }

        return tag == Outside || (isLast ? part == Unit : part is Begin or Unit);
    }

    /// <summary>Encodes gold spans as BILOU tags for one sentence.</summary>
    public static void Encode(IReadOnlyList<NameSpan> names, Span<byte> tags)
    {
        tags.Clear();
        foreach (var name in names)
        {
            var type = TypeIndex(name.Label);
            if (name.TokenCount == 1)
            {
                tags[name.FirstToken] = Make(type, Unit);
                continue;
            }

            tags[name.FirstToken] = Make(type, Begin);
            for (var i = name.FirstToken + 1; i < name.EndToken - 1; i++)
            {
                tags[i] = Make(type, Inside);
            }

            tags[name.EndToken - 1] = Make(type, Last);
        }
    }

    /// <summary>Reads spans back from (valid) BILOU tags of one sentence.</summary>
    public static List<NameSpan> Decode(ReadOnlySpan<byte> tags)
    {
        var names = new List<NameSpan>();
        var start = -1;
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            if (tag == Outside)
            {
                start = -1;
                continue;
            }

            var part = (tag - 1) % 4;
            if (part is Begin or Unit || start < 0)
            {
                start = i;
            }

            if (part is Last or Unit)
            {
                names.Add(new NameSpan(start, i - start + 1, NameLabels.All[TypeOf(tag)]));
                start = -1;
            }
        }

        return names;
    }

    public static int TypeIndex(string label) => label switch
    {
        NameLabels.Person => 0,
        NameLabels.Organization => 1,
        NameLabels.Location => 2,
        NameLabels.Misc => 3,
        _ => throw new ArgumentException($"Unknown name label '{label}'.", nameof(label)),
    };
}
