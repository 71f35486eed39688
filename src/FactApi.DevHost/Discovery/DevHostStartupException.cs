namespace FactApi.DevHost.Discovery;

/// <summary>A function the dev host cannot run as the Functions host would: start-up stops rather than skip it.</summary>
public sealed class DevHostStartupException(string message) : Exception(message);
