namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// 64-bit hashing of token strings and feature templates. Features are numbers, never strings, so tagging
/// allocates nothing per feature; the model stores a 32-bit fold of each feature hash.
/// </summary>
internal static class FeatureHash
{
    public const ulong Seed = 0xCBF29CE484222325UL;
    private const ulong Prime = 0x100000001B3UL;

    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Chars(ReadOnlySpan<char> text)
    {
        var h = Seed;
        foreach (var c in text)
        {
            h = Add(h, c);
        }

        return h;
    }

    /// <summary>The feature id of <paramref name="template"/> with one value.</summary>
    public static uint Of(int template, ulong value) => Fold(Mix(value + ((ulong)(template + 1) * 0x9E3779B97F4A7C15UL)));

    /// <summary>The feature id of <paramref name="template"/> with two values (order matters).</summary>
    public static uint Of(int template, ulong a, ulong b) => Of(template, Mix(a) ^ (b * 0xC2B2AE3D27D4EB4FUL));

    /// <summary>The feature id of <paramref name="template"/> with three values.</summary>
    public static uint Of(int template, ulong a, ulong b, ulong c) => Of(template, Mix(Mix(a) ^ (b * 0xC2B2AE3D27D4EB4FUL)) ^ (c * 0x165667B19E3779F9UL));

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }

    // Zero marks an empty slot in the model's hash table, so no feature may fold to it.
    private static uint Fold(ulong h) => (uint)(h ^ (h >> 32)) is var f && f != 0 ? f : 1u;
}
