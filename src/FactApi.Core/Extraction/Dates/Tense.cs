namespace FactApi.Core.Extraction.Dates;

/// <summary>Which way from the anchor an underspecified expression points.</summary>
internal enum Tense
{
    None,
    Past,
    Future,
}
