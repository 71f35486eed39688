namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// The lower-cased words seen at least twice in the training data, stored as hashes in the model. A word
/// outside it is "rare": the model has little memory of it, so shape and context must decide. Training
/// treats words seen once the same way, which is how the model learns what to do with unseen words
/// (a capitalised rare word opening a sentence is usually a name; a known one usually is not).
/// </summary>
internal sealed class Vocabulary
{
    public const int MinimumCount = 2;

    private readonly HashSet<uint> words;

    public Vocabulary(IEnumerable<uint> words) => this.words = [.. words];

    public int Count => words.Count;

    /// <summary>The folded hashes, for saving.</summary>
    public IEnumerable<uint> Hashes => words.Order();

    public static Vocabulary FromTokens(IEnumerable<string> tokens)
    {
        var counts = new Dictionary<uint, int>();
        foreach (var token in tokens)
        {
            var key = Fold(TokenInfo.From(token).Lower);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return new Vocabulary(counts.Where(pair => pair.Value >= MinimumCount).Select(pair => pair.Key));
    }

    public bool IsRare(ulong lower) => !words.Contains(Fold(lower));

    private static uint Fold(ulong h) => (uint)(h ^ (h >> 32));
}
