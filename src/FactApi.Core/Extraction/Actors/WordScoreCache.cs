namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// The summed token-tag scores of each word's own features (see <see cref="WordKey"/>), for the first words met
/// up to a fixed number: news repeats its common words, so nearly every token finds its word here and skips a
/// third of its feature lookups. An open-addressing table (one cache miss, not a dictionary's three); readers take
/// no lock, writers do, and a slot's key is published only after its scores are written.
/// </summary>
internal sealed class WordScoreCache
{
    private const int Bits = 16;
    private const int MaxWords = 1 << (Bits - 1);
    private const ulong UpperSentenceMark = 0x9E3779B97F4A7C15UL;

    private readonly Slot[] slots = new Slot[1 << Bits];
    private readonly float[] sums = new float[MaxWords * TagScores.Tags];
    private readonly Lock writing = new();
    private int count;

    /// <summary>Copies the word's remembered sums into the first <see cref="TagScores.Tags"/> scores, if it has any.</summary>
    public bool TryCopy(in WordKey word, Span<float> scores)
    {
        var second = Second(word);
        for (var slot = Home(word.Word); ; slot = (slot + 1) & (slots.Length - 1))
        {
            var first = Volatile.Read(ref slots[slot].Word);
            if (first == 0)
            {
                return false;
            }

            if (first == word.Word && slots[slot].Second == second)
            {
                sums.AsSpan(slots[slot].Index * TagScores.Tags, TagScores.Tags).CopyTo(scores);
                return true;
            }
        }
    }

    /// <summary>Remembers the word's sums unless the table is full.</summary>
    public void Add(in WordKey word, ReadOnlySpan<float> scores)
    {
        if (word.Word == 0 || Volatile.Read(ref count) >= MaxWords)
        {
            return;
        }

        lock (writing)
        {
            if (count >= MaxWords)
            {
                return;
            }

            var second = Second(word);
            var slot = Home(word.Word);
            while (slots[slot].Word != 0)
            {
                if (slots[slot].Word == word.Word && slots[slot].Second == second)
                {
                    return;
                }

                slot = (slot + 1) & (slots.Length - 1);
            }

            scores[..TagScores.Tags].CopyTo(sums.AsSpan(count * TagScores.Tags, TagScores.Tags));
            slots[slot].Second = second;
            slots[slot].Index = count;
            Volatile.Write(ref slots[slot].Word, word.Word);
            count++;
        }
    }

    private static ulong Second(in WordKey word) => word.UpperSentence ? word.Lower ^ UpperSentenceMark : word.Lower;

    private static int Home(ulong word) => (int)((word * 0x9E3779B97F4A7C15UL) >> (64 - Bits));

    private struct Slot
    {
        public ulong Word;
        public ulong Second;
        public int Index;
    }
}
