namespace FactApi.Storage.Reading;

/// <summary>A cursor that was not issued for this query and dataset version: forged, altered or stale.</summary>
public sealed class InvalidCursorException(string message) : Exception(message);
