namespace FactApi.Core.Facts;

/// <summary>A curated file that cannot be read as it stands; the message says where and why.</summary>
public sealed class FactFileException(string message) : Exception(message);
