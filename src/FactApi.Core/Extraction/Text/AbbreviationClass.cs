namespace FactApi.Core.Extraction.Text;

/// <summary>How an abbreviation's period behaves; see <c>Resources/abbreviations.txt</c>.</summary>
internal enum AbbreviationClass : byte
{
    /// <summary>Not a known abbreviation.</summary>
    None,

    /// <summary>Precedes a name (Mr., Gen.), so it never ends a sentence.</summary>
    Title,

    /// <summary>May end a sentence (Inc., Jan.).</summary>
    Other,

    /// <summary>Keeps its period only before a digit (No. 3).</summary>
    Number,
}
