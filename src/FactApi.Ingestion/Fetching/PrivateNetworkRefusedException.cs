namespace FactApi.Ingestion.Fetching;

/// <summary>Thrown inside the connection callback, so no socket is opened to an internal address.</summary>
public sealed class PrivateNetworkRefusedException(string message) : Exception(message);
