namespace FactApi.Core.Extraction.Text;

/// <summary>A token as a character range of the source text, so every later span maps back to the original.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind">Coarse class of the token.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>Number of characters.</summary>
    public int Length => End - Start;

    /// <summary>The token's characters in <paramref name="text"/>, without allocating.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
