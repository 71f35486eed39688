namespace FactApi.Functions.Health;

public sealed record HealthReport(string Status, string Storage, string Version);
