namespace FactApi.Core.Extraction.Dates;

/// <summary>What a normalisation function made of one match.</summary>
internal readonly record struct Normalized(string Value, TimexType Type, string? Mod);
